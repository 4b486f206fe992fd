using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Help;

/// <summary>
/// What a help request tells: the author of a volunteer, the accepted helper, the authors it matches nearby, and
/// webhooks of a completion. Keys name the request and the member, so a retried command raises nothing twice.
/// </summary>
public static class HelpAnnouncements
{
    public static Announcement Volunteered(string requestId, string authorId, string volunteerName, string volunteerId) =>
        Announcement.To(authorId, Draft($"help-volunteer:{requestId}:{volunteerId}", NotificationKind.HelpVolunteer, requestId, new() { ["by"] = volunteerName }));

    public static Announcement Accepted(string requestId, string helperId) =>
        Announcement.To(helperId, Draft($"help-accepted:{requestId}:{helperId}", NotificationKind.HelpAccepted, requestId, []));

    public static IEnumerable<Announcement> Matched(string requestId, IEnumerable<string> memberIds) =>
        memberIds.Select(m => Announcement.To(m, Draft($"help-match:{requestId}:{m}", NotificationKind.HelpMatch, requestId, [])));

    /// <summary>The payload names the request and the helper, as the public request does.</summary>
    public static Announcement Completed(string requestId, string helperId, DateTimeOffset at) =>
        Announcement.Hook(new WebhookEventDraft
        {
            Id = $"help-completed:{requestId}",
            Event = WebhookEvent.HelpCompleted,
            At = at,
            Data = new Dictionary<string, string> { ["helpRequestId"] = requestId, ["helperId"] = helperId },
        });

    private static NotificationDraft Draft(string key, NotificationKind kind, string requestId, Dictionary<string, string> facts) =>
        new() { Key = key, Kind = kind, Subject = ThreadSubject.HelpRequest, SubjectId = requestId, Facts = facts };
}
