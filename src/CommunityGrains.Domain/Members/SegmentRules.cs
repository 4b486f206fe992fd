namespace CommunityGrains.Domain.Members;

/// <summary>
/// Segments come from behaviour, never from the member's own say: EXPERT for a moderator's grant or the top 5 % of
/// lifetime points, NEWCOMER in the first 30 days, REGULAR otherwise. EXPERT wins over NEWCOMER, so a professional a
/// moderator vouches for scores proposals from their first day.
/// </summary>
public static class SegmentRules
{
    public static readonly TimeSpan NewcomerPeriod = TimeSpan.FromDays(30);

    public const int ExpertPercent = 5;

    /// <summary>
    /// The lifetime points at or above which a member is in the top 5 % (at least one member), or null when no one
    /// has earned anything. Members tied at the threshold are all experts, so the share can pass 5 % by the ties.
    /// </summary>
    public static int? ExpertThreshold(IEnumerable<int> lifetimePoints)
    {
        var sorted = lifetimePoints.OrderByDescending(p => p).ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var top = Math.Max(1, (int)Math.Ceiling(sorted.Count * ExpertPercent / 100.0));
        var threshold = sorted[top - 1];
        return threshold > 0 ? threshold : null;
    }

    public static bool IsExpert(bool granted, int lifetimePoints, int? threshold) =>
        granted || (threshold is { } floor && lifetimePoints >= floor);

    public static bool IsNewcomer(DateTimeOffset joinedAt, DateTimeOffset now) => now - joinedAt < NewcomerPeriod;
}
