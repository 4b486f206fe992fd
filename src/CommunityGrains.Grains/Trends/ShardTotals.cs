using CommunityGrains.Contracts.Trends;

namespace CommunityGrains.Grains.Trends;

/// <summary>A day bucket shard's sums as of its change number <see cref="Version"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardTotals([property: Id(0)] long Version, [property: Id(1)] DayTotals Totals);
