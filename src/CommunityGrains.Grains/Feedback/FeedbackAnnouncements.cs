using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Feedback;

/// <summary>
/// What a feedback change tells: the assignee, the author (anonymous or not: the notification reaches only their own
/// inbox and its text names no one), and webhooks, whose payloads name the item and never its author.
/// </summary>
public static class FeedbackAnnouncements
{
    public static Announcement Submitted(string feedbackId, DateTimeOffset at) =>
        Hook($"feedback-submitted:{feedbackId}", WebhookEvent.FeedbackSubmitted, at, new Dictionary<string, string> { ["feedbackId"] = feedbackId });

    public static IEnumerable<Announcement> Triaged(string feedbackId, string? assigneeId, FeedbackStatus status, DateTimeOffset at)
    {
        if (assigneeId is not null)
        {
            yield return Announcement.To(assigneeId, Draft($"feedback-assigned:{feedbackId}:{assigneeId}", NotificationKind.FeedbackAssigned, feedbackId));
        }

        yield return StatusChanged(feedbackId, status, at);
    }

    /// <summary>The author is told when there is one (an anonymous item typed in for no one has none).</summary>
    public static IEnumerable<Announcement> Replied(string feedbackId, string authorId, string reply, FeedbackStatus status, DateTimeOffset at)
    {
        if (authorId.Length > 0)
        {
            var replyKey = ShardHash.Of(reply).ToString("x8", CultureInfo.InvariantCulture);
            yield return Announcement.To(authorId, Draft($"feedback-replied:{feedbackId}:{replyKey}", NotificationKind.FeedbackReplied, feedbackId));
        }

        yield return StatusChanged(feedbackId, status, at);
    }

    /// <summary>The author of the item and of every merged duplicate: each told once.</summary>
    public static IEnumerable<Announcement> ResolvedFor(string feedbackId, IEnumerable<string> memberIds) =>
        memberIds.Select(m => Announcement.To(m, Draft($"feedback-resolved:{feedbackId}", NotificationKind.FeedbackResolved, feedbackId)));

    /// <summary>Keyed by item and kind, so however often it is checked, each member is told once of each.</summary>
    public static IEnumerable<Announcement> Risk(string feedbackId, FeedbackRisk risk, IEnumerable<string> memberIds, DateTimeOffset at)
    {
        var (key, kind) = risk == FeedbackRisk.Overdue
            ? ($"feedback-overdue:{feedbackId}", NotificationKind.FeedbackOverdue)
            : ($"feedback-at-risk:{feedbackId}", NotificationKind.FeedbackAtRisk);
        foreach (var member in memberIds)
        {
            yield return Announcement.To(member, Draft(key, kind, feedbackId));
        }

        if (risk == FeedbackRisk.Overdue)
        {
            yield return Hook(key, WebhookEvent.FeedbackOverdue, at, new Dictionary<string, string> { ["feedbackId"] = feedbackId });
        }
    }

    /// <summary>One event per status an item reaches, so a retried command sends nothing new.</summary>
    public static Announcement StatusChanged(string feedbackId, FeedbackStatus status, DateTimeOffset at) =>
        Hook($"feedback-status:{feedbackId}:{EnumNames.Constant(status)}", WebhookEvent.FeedbackStatusChanged, at,
            new Dictionary<string, string> { ["feedbackId"] = feedbackId, ["status"] = EnumNames.Constant(status) });

    private static NotificationDraft Draft(string key, NotificationKind kind, string feedbackId) =>
        new() { Key = key, Kind = kind, Subject = ThreadSubject.Feedback, SubjectId = feedbackId };

    private static Announcement Hook(string id, WebhookEvent kind, DateTimeOffset at, Dictionary<string, string> data) =>
        Announcement.Hook(new WebhookEventDraft { Id = id, Event = kind, At = at, Data = data });
}
