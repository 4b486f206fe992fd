using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record EventView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public string? Description { get; init; }
    [Id(3)] public required EventFormat Format { get; init; }
    [Id(4)] public required EventStatus Status { get; init; }
    [Id(5)] public required DateTimeOffset StartsAt { get; init; }
    [Id(6)] public required DateTimeOffset EndsAt { get; init; }
    [Id(7)] public string? Venue { get; init; }
    [Id(8)] public required int Capacity { get; init; }
    [Id(9)] public required IReadOnlyList<AgendaItem> Agenda { get; init; }

    /// <summary>Seats taken: members REGISTERED or ATTENDED.</summary>
    [Id(10)] public required int Registered { get; init; }

    [Id(11)] public required int Waitlisted { get; init; }
    [Id(12)] public required int Attended { get; init; }
    [Id(13)] public required IReadOnlyList<EventStaffView> Staff { get; init; }
    [Id(14)] public required IReadOnlyList<string> PollIds { get; init; }
    [Id(15)] public string? CancelReason { get; init; }
}
