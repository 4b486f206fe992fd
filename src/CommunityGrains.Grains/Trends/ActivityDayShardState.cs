using CommunityGrains.Contracts.Trends;

namespace CommunityGrains.Grains.Trends;

[GenerateSerializer]
public sealed class ActivityDayShardState
{
    /// <summary>The day's counts of each member of the shard who was active that day.</summary>
    [Id(0)] public Dictionary<string, MemberDay> Members { get; set; } = [];

    /// <summary>The sums of <see cref="Members"/>, kept as they change (items are counted from their ids).</summary>
    [Id(1)] public DayTotals Totals { get; set; } = DayTotals.Zero;

    /// <summary>Numbers the stored changes, so the day grain keeps the latest sums whatever order reports arrive in.</summary>
    [Id(2)] public long Version { get; set; }

    /// <summary>Ids, not counts: an item reported again (a retry, a later change of a resolved item) is counted once.</summary>
    [Id(3)] public HashSet<string> ResolvedFeedbackIds { get; set; } = [];

    [Id(4)] public HashSet<string> CommentIds { get; set; } = [];
}
