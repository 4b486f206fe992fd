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
        Field<IdGraphType>("id").Description("Client-chosen id; a retry with the same id and input returns the same event.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<EventFormatType>>("format");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("startsAt");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("endsAt");
        Field<StringGraphType>("venue");
        Field<NonNullGraphType<IntGraphType>>("capacity");
        Field<ListGraphType<NonNullGraphType<AgendaItemInputType>>>("agenda");
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
        Field<NonNullGraphType<UtcDateTimeGraphType>>("startsAt");
        Field<NonNullGraphType<StringGraphType>>("title");
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
        Field<NonNullGraphType<IdGraphType>>("eventId");
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field<NonNullGraphType<EventRoleType>>("role");
    }
}
