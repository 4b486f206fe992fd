using System.Globalization;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Events;

/// <summary>What an event tells: the member promoted from the waitlist, the registered members a day ahead, webhooks of its end.</summary>
public static class EventAnnouncements
{
    public static Announcement Promoted(string eventId, string title, RegistrationRow row) => Announcement.To(row.MemberId, new NotificationDraft
    {
        Key = $"waitlist-promoted:{eventId}:{row.MemberId}:{row.Seq.ToString(CultureInfo.InvariantCulture)}",
        Kind = NotificationKind.WaitlistPromoted,
        Subject = ThreadSubject.Event,
        SubjectId = eventId,
        Facts = new Dictionary<string, string> { ["title"] = title },
    });

    /// <summary>To the members holding a seat when the fan-out reads them; the waitlist is not told.</summary>
    public static Announcement Reminder(string eventId, string title) => Announcement.ToAudience(
        FanOutAudience.RegistrantsOf(eventId, RegistrationStatus.Registered),
        new NotificationDraft
        {
            Key = $"event-reminder:{eventId}",
            Kind = NotificationKind.EventReminder,
            Subject = ThreadSubject.Event,
            SubjectId = eventId,
            Facts = new Dictionary<string, string> { ["title"] = title },
        });

    public static Announcement Ended(string eventId, DateTimeOffset at) => Announcement.Hook(new WebhookEventDraft
    {
        Id = $"event-ended:{eventId}",
        Event = WebhookEvent.EventEnded,
        At = at,
        Data = new Dictionary<string, string> { ["eventId"] = eventId },
    });
}
