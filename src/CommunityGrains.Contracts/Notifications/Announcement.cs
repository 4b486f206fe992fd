using CommunityGrains.Contracts.Webhooks;

namespace CommunityGrains.Contracts.Notifications;

/// <summary>
/// Something a grain must tell others because of a change it made: a notification to one member, a notification to
/// an audience (the followers of a subject, the community, an event's registrants), or a webhook event. A causing
/// grain stores its announcements in its state with the change and sends them before it answers; each carries a
/// dedupe key, so a resend after a crash or a retry is ignored.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Announcement
{
    [Id(0)] public NotificationDraft? Notification { get; init; }

    /// <summary>With <see cref="Notification"/>: the one member told.</summary>
    [Id(1)] public string? RecipientId { get; init; }

    /// <summary>With <see cref="Audience"/>: not told (the member who caused it).</summary>
    [Id(3)] public string? ExceptMemberId { get; init; }

    [Id(4)] public WebhookEventDraft? Webhook { get; init; }

    /// <summary>With <see cref="Notification"/>: everyone in it is told, after the cause is acknowledged.</summary>
    [Id(5)] public FanOutAudience? Audience { get; init; }

    public static Announcement To(string memberId, NotificationDraft draft) => new() { RecipientId = memberId, Notification = draft };

    public static Announcement ToFollowers(Discussion.SubjectRef subject, NotificationDraft draft, string? except = null) =>
        ToAudience(FanOutAudience.FollowersOf(subject), draft, except);

    public static Announcement ToAudience(FanOutAudience audience, NotificationDraft draft, string? except = null) =>
        new() { Audience = audience, Notification = draft, ExceptMemberId = except };

    public static Announcement Hook(WebhookEventDraft draft) => new() { Webhook = draft };
}
