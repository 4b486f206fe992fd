using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberGrain
{
    /// <summary>
    /// The hook through which a member's monthly totals reach the monthly leaderboards (the incentives capability).
    /// Totals, not increments, are pushed: a repeated push is harmless.
    /// </summary>
    private static Task OnMonthlyScoreChanged(string month, StarCategory category, MonthlyScore score) => Task.CompletedTask;
}
