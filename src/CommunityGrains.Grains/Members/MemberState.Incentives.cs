namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>
    /// Per leaderboard ("2026-11/Overall"), the last score below which a push cannot enter it. Thresholds only
    /// rise within a month, so a total below a cached one is skipped without a call.
    /// </summary>
    [Id(30)] public Dictionary<string, double> LeaderboardThresholds { get; set; } = [];

    /// <summary>Months (yyyy-MM) in which this member was counted as active; only recent months are kept.</summary>
    [Id(31)] public HashSet<string> ActiveMonths { get; set; } = [];

    /// <summary>Debit keys settled as "never debited", with when: a late debit with one of them is refused.</summary>
    [Id(32)] public Dictionary<string, DateTimeOffset> ClosedDebits { get; set; } = [];
}
