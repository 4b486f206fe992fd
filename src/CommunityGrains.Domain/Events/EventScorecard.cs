using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Events;

/// <summary>
/// An event against the programme's four targets: 200 valid feedback items, 90 % classified as suggested, 70 %
/// resolved by their due date, and NPS up by 15 points from before the event to after it.
/// </summary>
public sealed record EventScorecard(
    int ValidFeedback,
    double? ClassificationAgreement,
    double? ResolvedWithinTarget,
    double? NpsBefore,
    double? NpsAfter,
    int Attended,
    int EngagedAttendees)
{
    public const int ValidFeedbackTarget = 200;
    public const double ClassificationAgreementTarget = 0.90;
    public const double ResolvedWithinTargetTarget = 0.70;
    public const double NpsChangeTarget = 15;

    public double? NpsChange => NpsBefore is { } before && NpsAfter is { } after ? after - before : null;

    /// <summary>
    /// Valid: not CLOSED (closing without a resolution is how invalid and duplicate items end). Agreement: of the
    /// triaged items, the share whose category is the suggested one. On time: of the items resolved or past due at
    /// <paramref name="now"/>, the share resolved by the due date. A share is null while nothing counts towards it.
    /// </summary>
    public static EventScorecard Of(
        IReadOnlyCollection<ScorecardFeedback> feedback, DateTimeOffset now, double? npsBefore, double? npsAfter, int attended, int engagedAttendees)
    {
        var valid = feedback.Where(f => f.Status != FeedbackStatus.Closed).ToList();
        var triaged = valid.Where(f => f.Category is not null).ToList();
        var due = valid.Where(f => f.Status == FeedbackStatus.Resolved || now > f.DueAt).ToList();
        return new EventScorecard(
            valid.Count,
            Share(triaged.Count(f => f.Category == f.SuggestedCategory), triaged.Count),
            Share(due.Count(f => f.Status == FeedbackStatus.Resolved && f.ResolvedAt <= f.DueAt), due.Count),
            npsBefore,
            npsAfter,
            attended,
            engagedAttendees);
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
