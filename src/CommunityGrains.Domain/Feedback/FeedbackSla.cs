namespace CommunityGrains.Domain.Feedback;

/// <summary>What the SLA figures need to know about one item.</summary>
public sealed record FeedbackSlaItem(DateTimeOffset CreatedAt, DateTimeOffset DueAt, FeedbackStatus Status, DateTimeOffset? ResolvedAt);

/// <param name="ResolvedOnTimeRate">Share (0..1) of the window's decided items that were resolved by their due date.</param>
/// <param name="Overdue">Open items of the window that are past their due date.</param>
public sealed record FeedbackSlaFigures(double ResolvedOnTimeRate, int Overdue);

/// <summary>
/// The resolution-rate figure: of the items submitted in the window, those resolved by their due date divided by
/// those whose outcome is known (resolved, or open and already past due). Items still open within their target
/// are not yet decided either way; CLOSED items were dismissed, not resolved, so they count on neither side.
/// With nothing decided the rate is 1.0: no item has been missed.
/// </summary>
public static class FeedbackSla
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public static DateTimeOffset WindowStart(DateTimeOffset now) => now - Window;

    public static FeedbackSlaFigures Compute(IEnumerable<FeedbackSlaItem> items, DateTimeOffset now)
    {
        var from = WindowStart(now);
        var onTime = 0;
        var decided = 0;
        var overdue = 0;
        foreach (var item in items.Where(i => i.CreatedAt >= from && i.CreatedAt <= now))
        {
            if (item.Status == FeedbackStatus.Resolved)
            {
                decided++;
                if (item.ResolvedAt is { } resolvedAt && resolvedAt <= item.DueAt)
                {
                    onTime++;
                }
            }
            else if (FeedbackWorkflow.IsOverdue(item.Status, item.DueAt, now))
            {
                decided++;
                overdue++;
            }
        }

        return new FeedbackSlaFigures(decided == 0 ? 1.0 : (double)onTime / decided, overdue);
    }
}
