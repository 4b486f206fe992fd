using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Feedback;

/// <summary>What the report needs to know about one item submitted in its period.</summary>
public sealed record FeedbackReportItem(
    string Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    FeedbackStatus Status,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? FirstResponseAt,
    FeedbackCategory Category,
    FeedbackCategory SuggestedCategory,
    DateTimeOffset? TriagedAt,
    FeedbackChannel Channel,
    FeedbackKind? Kind);

public sealed record FeedbackReportFigures(
    int Submitted,
    IReadOnlyList<KeyValuePair<FeedbackCategory, int>> ByCategory,
    IReadOnlyList<KeyValuePair<FeedbackChannel, int>> ByChannel,
    IReadOnlyList<KeyValuePair<FeedbackKind, int>> ByKind,
    IReadOnlyList<KeyValuePair<DateOnly, int>> Daily,
    double? MedianFirstResponseHours,
    double? ResolvedWithinTarget,
    double? Forecast,
    int AtRisk,
    int Overdue,
    double? ClassificationAgreement,
    IReadOnlyList<string> CorrectionIds);

/// <summary>
/// The feedback loop's figures for the items submitted in a period. Resolved within target counts as FeedbackSla
/// does (resolved in time against resolved or open past due; CLOSED on neither side). Classification agreement is
/// the share of triaged items whose suggested category the moderator kept; the others are the corrections.
/// </summary>
public static class FeedbackReport
{
    /// <summary>The longest period a report covers: its months are read whole.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);

    /// <summary>No community's feedback is older; bounds look-backs so that no date arithmetic leaves the calendar.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The period [start, end) a report covers: up to <paramref name="to"/> (default now), from <paramref name="from"/>
    /// (default <see cref="DefaultPeriod"/> before the end), at most <see cref="MaxPeriod"/> long.
    /// </summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Window(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        if (to < Earliest + DefaultPeriod)
        {
            throw new InvalidInputException("to", $"must be after {(Earliest + DefaultPeriod):yyyy-MM-dd}.");
        }

        if (from < Earliest)
        {
            throw new InvalidInputException("from", $"must be after {Earliest:yyyy-MM-dd}.");
        }

        var end = to ?? now;
        var start = from ?? end - DefaultPeriod;
        if (start >= end)
        {
            throw new InvalidInputException("from", "must be before to.");
        }

        if (end - start > MaxPeriod)
        {
            throw new InvalidInputException("from", $"a report covers at most {MaxPeriod.TotalDays:0} days.");
        }

        return (start, end);
    }

    public static FeedbackReportFigures Compute(
        IReadOnlyList<FeedbackReportItem> items, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, double atRiskShare, Common.CommunityCalendar calendar)
    {
        var onTime = items.Count(i => i.Status == FeedbackStatus.Resolved && i.ResolvedAt <= i.DueAt);
        var decided = items.Count(i => i.Status == FeedbackStatus.Resolved || FeedbackWorkflow.IsOverdue(i.Status, i.DueAt, now));
        var risks = items.Select(i => FeedbackDeadlines.Risk(i.Status, i.CreatedAt, i.DueAt, now, atRiskShare)).ToList();
        var fallingDue = items.Count(i => FeedbackWorkflow.IsOpen(i.Status) && i.DueAt >= now && i.DueAt <= now + FeedbackForecast.Horizon);
        var triaged = items.Where(i => i.TriagedAt is not null).ToList();
        var corrected = triaged.Where(i => i.Category != i.SuggestedCategory).OrderByDescending(i => i.TriagedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();

        return new FeedbackReportFigures(
            items.Count,
            Counts(items, i => i.Category),
            Counts(items, i => i.Channel),
            Counts(items.Where(i => i.Kind is not null).ToList(), i => i.Kind!.Value),
            Daily(items, from, to, calendar),
            FeedbackForecast.Median(items.Where(i => i.FirstResponseAt is not null).Select(i => (i.FirstResponseAt!.Value - i.CreatedAt).TotalHours).ToList()),
            decided == 0 ? null : (double)onTime / decided,
            FeedbackForecast.Of(onTime, decided, to - from, fallingDue),
            risks.Count(r => r == FeedbackRisk.AtRisk),
            risks.Count(r => r == FeedbackRisk.Overdue),
            triaged.Count == 0 ? null : (double)(triaged.Count - corrected.Count) / triaged.Count,
            corrected.Select(i => i.Id).ToList());
    }

    private static List<KeyValuePair<TKey, int>> Counts<TKey>(IReadOnlyList<FeedbackReportItem> items, Func<FeedbackReportItem, TKey> key)
        where TKey : struct, Enum =>
        items.GroupBy(key).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList();

    /// <summary>Every day of the period in the community's time zone, oldest first, zeros included.</summary>
    private static List<KeyValuePair<DateOnly, int>> Daily(IReadOnlyList<FeedbackReportItem> items, DateTimeOffset from, DateTimeOffset to, Common.CommunityCalendar calendar)
    {
        var byDay = items.GroupBy(i => calendar.DateOf(i.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        var days = new List<KeyValuePair<DateOnly, int>>();
        for (var day = calendar.DateOf(from); day <= calendar.DateOf(to); day = day.AddDays(1))
        {
            days.Add(KeyValuePair.Create(day, byDay.GetValueOrDefault(day)));
        }

        return days;
    }
}
