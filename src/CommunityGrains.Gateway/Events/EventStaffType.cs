using CommunityGrains.Contracts.Events;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class EventStaffType : ObjectGraphType<EventStaffView>
{
    public EventStaffType()
    {
        Name = "EventStaff";
        Field<NonNullGraphType<MemberType>>("member").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field<NonNullGraphType<EventRoleType>>("role").Resolve(c => c.Source.Role);
    }
}
