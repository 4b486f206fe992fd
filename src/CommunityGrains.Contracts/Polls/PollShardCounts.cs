namespace CommunityGrains.Contracts.Polls;

/// <summary>One shard's durable counts per option; the poll keeps, per shard, the one with the highest version.</summary>
[GenerateSerializer, Immutable]
public sealed record PollShardCounts
{
    [Id(0)] public required int Shard { get; init; }
    [Id(1)] public required long Version { get; init; }
    [Id(2)] public required IReadOnlyList<int> Votes { get; init; }
    [Id(3)] public required int Ballots { get; init; }
}
