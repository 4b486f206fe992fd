using CommunityGrains.Contracts.Trends;

namespace CommunityGrains.Grains.Trends;

[GenerateSerializer]
public sealed class ActivityDayShardState
{
    /// <summary>The day's counts of each member of the shard who was active that day.</summary>
    [Id(0)] public Dictionary<string, MemberDay> Members { get; set; } = [];

    /// <summary>Ids, not counts: an item reported again (a retry, a later change of a resolved item) is counted once.</summary>
    [Id(1)] public HashSet<string> ResolvedFeedbackIds { get; set; } = [];

    [Id(2)] public HashSet<string> CommentIds { get; set; } = [];
}
