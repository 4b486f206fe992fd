using CommunityGrains.Contracts.Trends;

namespace CommunityGrains.Grains.Trends;

[GenerateSerializer]
public sealed class ActivityDayShardState
{
    /// <summary>The day's counts of each member of the shard who was active that day.</summary>
    [Id(0)] public Dictionary<string, MemberDay> Members { get; set; } = [];
}
