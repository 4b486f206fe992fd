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

    public static IEnumerable<Announcement> Replied(string feedbackId, string authorId, string reply, FeedbackStatus status, DateTimeOffset at)
    {
        var replyKey = ShardHash.Of(reply).ToString("x8", CultureInfo.InvariantCulture);
        yield return Announcement.To(authorId, Draft($"feedback-replied:{feedbackId}:{replyKey}", NotificationKind.FeedbackReplied, feedbackId));
        yield return StatusChanged(feedbackId, status, at);
    }

    public static IEnumerable<Announcement> Resolved(string feedbackId, string authorId, FeedbackStatus status, DateTimeOffset at)
    {
        yield return Announcement.To(authorId, Draft($"feedback-resolved:{feedbackId}", NotificationKind.FeedbackResolved, feedbackId));
        yield return StatusChanged(feedbackId, status, at);
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
