using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record CreateEvent
{
    [Id(0)] public required string Title { get; init; }
    [Id(1)] public string? Description { get; init; }
    [Id(2)] public required EventFormat Format { get; init; }
    [Id(3)] public required DateTimeOffset StartsAt { get; init; }
    [Id(4)] public required DateTimeOffset EndsAt { get; init; }
    [Id(5)] public string? Venue { get; init; }
    [Id(6)] public required int Capacity { get; init; }
    [Id(7)] public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];
}
