using CommunityGrains.Domain.Events;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class EventFormatType : EnumerationGraphType<EventFormat>
{
    public EventFormatType()
    {
        Name = "EventFormat";
        Description = "Where an event takes place: OFFLINE at a venue, ONLINE, or HYBRID (both).";
    }
}

public sealed class EventStatusType : EnumerationGraphType<EventStatus>
{
    public EventStatusType()
    {
        Name = "EventStatus";
        Description = "Where an event is in its life: DRAFT (moderators only), PUBLISHED (registration open), LIVE (sign-in open), ENDED, or CANCELLED.";
    }
}

public sealed class RegistrationStatusType : EnumerationGraphType<RegistrationStatus>
{
    public RegistrationStatusType()
    {
        Name = "RegistrationStatus";
        Description = "A member's place at an event: REGISTERED (has a seat), WAITLISTED (past capacity), CANCELLED, or ATTENDED (signed in).";
    }
}

public sealed class EventRoleType : EnumerationGraphType<EventRole>
{
    public EventRoleType()
    {
        Name = "EventRole";
        Description = "What a staff member does at an event: HOST, FACILITATOR, NOTE_TAKER or GUEST.";
    }
}
