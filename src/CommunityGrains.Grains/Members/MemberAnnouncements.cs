using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Members;

public static class MemberAnnouncements
{
    public static Announcement Joined(string memberId, DateTimeOffset at) => Announcement.Hook(new WebhookEventDraft
    {
        Id = $"member-joined:{memberId}",
        Event = WebhookEvent.MemberJoined,
        At = at,
        Data = new Dictionary<string, string> { ["memberId"] = memberId },
    });

    public static IEnumerable<Announcement> Badge(string memberId, BadgeGrant grant, DateTimeOffset at)
    {
        yield return Announcement.To(memberId, new NotificationDraft
        {
            Key = $"badge:{grant.Key}",
            Kind = NotificationKind.BadgeAwarded,
            Facts = new Dictionary<string, string> { ["badge"] = grant.BadgeId },
        });
        yield return Announcement.Hook(new WebhookEventDraft
        {
            Id = $"badge:{memberId}:{grant.Key}",
            Event = WebhookEvent.BadgeAwarded,
            At = at,
            Data = new Dictionary<string, string> { ["memberId"] = memberId, ["badgeId"] = grant.BadgeId },
        });
    }

    public static Announcement Adjusted(string memberId, string key, int points, string reason) => Announcement.To(memberId, new NotificationDraft
    {
        Key = key,
        Kind = NotificationKind.PointsAdjusted,
        Facts = new Dictionary<string, string>
        {
            ["points"] = points.ToString("+0;-0", System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = reason,
        },
    });

    public static Announcement Tier(string memberId, string tier) => Announcement.To(memberId, new NotificationDraft
    {
        Key = $"tier:{tier}",
        Kind = NotificationKind.TierReached,
        Facts = new Dictionary<string, string> { ["tier"] = tier },
    });
}
