using CommunityGrains.Contracts.Trends;

namespace CommunityGrains.Grains.Trends;

[GenerateSerializer]
public sealed class ActivityDayState
{
    /// <summary>Each shard's latest reported sums (at most 256 entries).</summary>
    [Id(0)] public Dictionary<uint, ShardTotals> Shards { get; set; } = [];
}
