using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

/// <summary>What the community's event list needs to order and filter an event; the version drops stale upserts.</summary>
[GenerateSerializer, Immutable]
public sealed record EventIndexEntry
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required EventStatus Status { get; init; }
    [Id(2)] public required DateTimeOffset StartsAt { get; init; }
    [Id(3)] public required long Version { get; init; }
}
