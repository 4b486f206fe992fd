namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>Score per year and category ("2026/Overall"); only this year and the last are kept.</summary>
    [Id(39)] public Dictionary<string, MonthlyScore> YearlyScores { get; set; } = [];

    /// <summary>Yearly totals stored but not yet acknowledged by their annual board shard; marked in the write that changed them.</summary>
    [Id(40)] public HashSet<string> PendingAnnualPushes { get; set; } = [];

    /// <summary>Annual boards ("2026/Overall") still to leave after leaving the community; crossed off as each is done.</summary>
    [Id(41)] public List<string> AnnualBoardsToLeave { get; set; } = [];
}
