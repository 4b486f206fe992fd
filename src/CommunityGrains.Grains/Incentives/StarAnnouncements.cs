using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Incentives;

/// <summary>A star of the month tells the selected member and the webhooks, once per category and month.</summary>
public static class StarAnnouncements
{
    public static IEnumerable<Announcement> Selected(string memberId, string month, StarCategory category, DateTimeOffset at)
    {
        var key = $"star:{IncentiveKeys.CategoryName(category)}:{month}";
        yield return Announcement.To(memberId, new NotificationDraft
        {
            Key = key,
            Kind = NotificationKind.StarOfTheMonth,
            Facts = new Dictionary<string, string> { ["month"] = month, ["category"] = IncentiveKeys.CategoryName(category) },
        });
        yield return Announcement.Hook(new WebhookEventDraft
        {
            Id = key,
            Event = WebhookEvent.StarSelected,
            At = at,
            Data = new Dictionary<string, string> { ["memberId"] = memberId, ["month"] = month, ["category"] = IncentiveKeys.CategoryName(category) },
        });
    }
}
