using System.Text.RegularExpressions;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Feedback;

/// <summary>
/// Which status a feedback item moves to on each step, and which steps its current status allows.
/// RESOLVED and CLOSED are final: nothing moves an item out of them.
/// </summary>
public static partial class FeedbackWorkflow
{
    /// <summary>Re-triage (a new category, priority or assignee) is allowed while the item is open and keeps an item already in progress there.</summary>
    public static FeedbackStatus Triage(FeedbackStatus current) => current switch
    {
        FeedbackStatus.New or FeedbackStatus.Triaged => FeedbackStatus.Triaged,
        FeedbackStatus.InProgress => FeedbackStatus.InProgress,
        _ => throw Refused(current, "triaged"),
    };

    public static FeedbackStatus Reply(FeedbackStatus current) =>
        IsOpen(current) ? FeedbackStatus.InProgress : throw Refused(current, "replied to");

    public static FeedbackStatus Resolve(FeedbackStatus current) =>
        IsOpen(current) ? FeedbackStatus.Resolved : throw Refused(current, "resolved");

    public static FeedbackStatus Close(FeedbackStatus current) =>
        IsOpen(current) ? FeedbackStatus.Closed : throw Refused(current, "closed");

    public static bool IsOpen(FeedbackStatus status) => status is not (FeedbackStatus.Resolved or FeedbackStatus.Closed);

    /// <summary>Overdue is derived on every read, so it is right without a timer having fired.</summary>
    public static bool IsOverdue(FeedbackStatus status, DateTimeOffset dueAt, DateTimeOffset now) => IsOpen(status) && now > dueAt;

    public static DateTimeOffset DueAt(DateTimeOffset createdAt, int targetDays) => createdAt.AddDays(targetDays);

    /// <summary>The name clients see (IN_PROGRESS), so an error message matches the API's enum.</summary>
    public static string NameOf(FeedbackStatus status) => WordBoundary().Replace(status.ToString(), "$1_$2").ToUpperInvariant();

    private static InvalidInputException Refused(FeedbackStatus current, string step) =>
        new("status", $"the feedback is {NameOf(current)} and cannot be {step}.");

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
