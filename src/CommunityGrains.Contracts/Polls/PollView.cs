using CommunityGrains.Domain.Polls;

namespace CommunityGrains.Contracts.Polls;

/// <summary>Counts are durable ones: a vote still waiting for its write is not shown yet.</summary>
[GenerateSerializer, Immutable]
public sealed record PollView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string EventId { get; init; }
    [Id(2)] public required string Question { get; init; }
    [Id(3)] public required PollStatus Status { get; init; }
    [Id(4)] public required IReadOnlyList<PollOptionView> Options { get; init; }
    [Id(5)] public required int Ballots { get; init; }
}
