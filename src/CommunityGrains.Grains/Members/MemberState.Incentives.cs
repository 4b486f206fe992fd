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

    /// <summary>
    /// Monthly totals ("2026-11/Overall") stored but not yet acknowledged by their leaderboard, with whether the
    /// push counts the member as active. Marked in the write that changed the score, so a crash before the push
    /// leaves it to be re-sent; cleared in memory on acknowledgement and stored with the next write.
    /// </summary>
    [Id(33)] public Dictionary<string, bool> PendingPushes { get; set; } = [];
}
