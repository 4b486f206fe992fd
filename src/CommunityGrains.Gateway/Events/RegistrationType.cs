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
        Description = "One member's registration for an event.";
        Field<NonNullGraphType<MemberType>>("member").Description("The registered member.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field<NonNullGraphType<RegistrationStatusType>>("status").Description("REGISTERED, WAITLISTED, CANCELLED or ATTENDED.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("registeredAt").Description("When the member first registered; the waitlist keeps this order.").Resolve(c => c.Source.RegisteredAt);
        Field<UtcDateTimeGraphType>("attendedAt").Description("When the member signed in or was marked present; null before.").Resolve(c => c.Source.AttendedAt);
        Field<IntGraphType>("waitlistPosition").Description("1-based place on the waitlist while WAITLISTED.").Resolve(c => c.Source.WaitlistPosition);
    }
}
