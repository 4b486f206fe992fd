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
        Description = "A member a moderator assigned to run part of an event; staff other than GUEST may issue sign-in codes, mark attendance, run polls and answer questions.";
        Field<NonNullGraphType<MemberType>>("member").Description("The staff member.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field<NonNullGraphType<EventRoleType>>("role").Description("What they do at the event.").Resolve(c => c.Source.Role);
    }
}
