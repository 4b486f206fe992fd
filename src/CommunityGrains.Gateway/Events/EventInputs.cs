using CommunityGrains.Domain.Events;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class CreateEventInput
{
    public string? Id { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public EventFormat Format { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Venue { get; set; }
    public int Capacity { get; set; }
    public List<AgendaItemInput>? Agenda { get; set; }
}

public sealed class CreateEventInputType : InputObjectGraphType<CreateEventInput>
{
    public CreateEventInputType()
    {
        Name = "CreateEventInput";
        Description = "A new event, created as a DRAFT.";
        Field<IdGraphType>("id").Description("Client-chosen id; a retry with the same id and input returns the same event.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Short title, at most 200 characters.");
        Field<StringGraphType>("description").Description("Longer text about the event, at most 5000 characters; may be omitted.");
        Field<NonNullGraphType<EventFormatType>>("format").Description("OFFLINE, ONLINE or HYBRID.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("startsAt").Description("When the event starts.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("endsAt").Description("When the event ends; after startsAt.");
        Field<StringGraphType>("venue").Description("Venue text, at most 2000 characters; required for OFFLINE/HYBRID, ignored for ONLINE.");
        Field<NonNullGraphType<IntGraphType>>("capacity").Description("Seats, 1..100000; registrations past it are WAITLISTED.");
        Field<ListGraphType<NonNullGraphType<AgendaItemInputType>>>("agenda").Description("The programme, at most 50 slots; empty when omitted.");
    }
}

public sealed class AgendaItemInput
{
    public DateTimeOffset StartsAt { get; set; }
    public string Title { get; set; } = "";
}

public sealed class AgendaItemInputType : InputObjectGraphType<AgendaItemInput>
{
    public AgendaItemInputType()
    {
        Name = "AgendaItemInput";
        Description = "One slot of the programme.";
        Field<NonNullGraphType<UtcDateTimeGraphType>>("startsAt").Description("When the slot starts.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("What happens in the slot, at most 200 characters.");
    }
}

public sealed class AssignEventStaffInput
{
    public string EventId { get; set; } = "";
    public string MemberId { get; set; } = "";
    public EventRole Role { get; set; }
}

public sealed class AssignEventStaffInputType : InputObjectGraphType<AssignEventStaffInput>
{
    public AssignEventStaffInputType()
    {
        Name = "AssignEventStaffInput";
        Description = "A member to put on an event's staff.";
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event.");
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member to assign.");
        Field<NonNullGraphType<EventRoleType>>("role").Description("What they do at the event.");
    }
}
