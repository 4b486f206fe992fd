using CommunityGrains.Contracts.Events;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class RegistrationType : ObjectGraphType<RegistrationView>
{
    public RegistrationType()
    {
        Name = "Registration";
        Field<NonNullGraphType<MemberType>>("member").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field<NonNullGraphType<RegistrationStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("registeredAt").Resolve(c => c.Source.RegisteredAt);
        Field<UtcDateTimeGraphType>("attendedAt").Resolve(c => c.Source.AttendedAt);
        Field<IntGraphType>("waitlistPosition").Description("1-based place on the waitlist while WAITLISTED.").Resolve(c => c.Source.WaitlistPosition);
    }
}
