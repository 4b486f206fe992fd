namespace CommunityGrains.Contracts.Trends;

/// <summary>One shard's part of a community day: the members active that day, and the items resolved and posted.</summary>
[GenerateSerializer, Immutable]
public sealed record ActivityDayShardView
{
    [Id(0)] public required IReadOnlyList<MemberDay> Members { get; init; }
    [Id(1)] public required int FeedbackResolved { get; init; }
    [Id(2)] public required int Comments { get; init; }
}
