namespace CommunityGrains.Domain.Feedback;

/// <summary>
/// Where the resolved-within-target share will be after <see cref="Horizon"/> at today's pace: the open items falling
/// due within the horizon are decided then, and as many of them are resolved in time as the period's rate of in-time
/// resolutions per day allows. Null when nothing is decided and nothing falls due.
/// </summary>
public static class FeedbackForecast
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    public static double? Of(int onTime, int decided, TimeSpan period, int fallingDue)
    {
        var perDay = onTime / Math.Max(period.TotalDays, 1);
        var resolvable = Math.Min(fallingDue, perDay * Horizon.TotalDays);
        var total = decided + fallingDue;
        return total == 0 ? null : (onTime + resolvable) / total;
    }

    /// <summary>The median of the values, null for none.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
