using System.Globalization;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Feedback;

/// <summary>
/// The time an item is allowed (by its priority), when it turns AT_RISK, and the limits on the settings that decide them.
/// </summary>
public static class FeedbackDeadlines
{
    public const int MaxDays = 365;
    public const double DefaultAtRiskShare = 0.8;
    public const double DefaultResolutionTarget = 0.70;

    /// <summary>The community's days for this priority, or its default target when the priority has none (or is not set yet).</summary>
    public static int TargetDays(FeedbackPriority? priority, IReadOnlyDictionary<FeedbackPriority, int> byPriority, int defaultDays) =>
        priority is { } p && byPriority.TryGetValue(p, out var days) ? days : defaultDays;

    public static FeedbackRisk Risk(FeedbackStatus status, DateTimeOffset createdAt, DateTimeOffset dueAt, DateTimeOffset now, double atRiskShare)
    {
        if (!FeedbackWorkflow.IsOpen(status))
        {
            return FeedbackRisk.Done;
        }

        if (now > dueAt)
        {
            return FeedbackRisk.Overdue;
        }

        return now >= AtRiskAt(createdAt, dueAt, atRiskShare) ? FeedbackRisk.AtRisk : FeedbackRisk.OnTrack;
    }

    /// <summary>When <paramref name="atRiskShare"/> of the time allowed has gone.</summary>
    public static DateTimeOffset AtRiskAt(DateTimeOffset createdAt, DateTimeOffset dueAt, double atRiskShare) =>
        dueAt <= createdAt ? dueAt : createdAt + (dueAt - createdAt) * atRiskShare;

    public static IReadOnlyDictionary<FeedbackPriority, int> ValidDaysByPriority(IEnumerable<KeyValuePair<FeedbackPriority, int>> entries, string field)
    {
        var result = new Dictionary<FeedbackPriority, int>();
        foreach (var (priority, days) in entries)
        {
            var name = priority.ToString().ToUpperInvariant();
            if (days < 1 || days > MaxDays)
            {
                throw new InvalidInputException(field, string.Create(CultureInfo.InvariantCulture, $"{name} days must be 1..{MaxDays}, not {days}."));
            }

            if (!result.TryAdd(priority, days))
            {
                throw new InvalidInputException(field, $"{name} is listed twice.");
            }
        }

        return result;
    }

    /// <summary>A share strictly between 0 and 1 (at-risk share) or in (0, 1] (resolution target).</summary>
    public static double ValidShare(double value, string field, bool oneAllowed)
    {
        if (double.IsNaN(value) || value <= 0 || value > 1 || (!oneAllowed && value >= 1))
        {
            throw new InvalidInputException(field, oneAllowed ? "must be greater than 0 and at most 1." : "must be strictly between 0 and 1.");
        }

        return value;
    }

    /// <summary>A due date a moderator sets must come after the item was submitted.</summary>
    public static DateTimeOffset ValidDueAt(DateTimeOffset dueAt, DateTimeOffset createdAt, string field) =>
        dueAt > createdAt ? dueAt : throw new InvalidInputException(field, "must be after the item was submitted.");
}
