using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;

namespace CommunityGrains.Grains.Help;

public static class HelpAnnouncements
{
    public static Announcement Volunteered(string authorId, string requestId, MemberView volunteer) => Announcement.To(authorId, new NotificationDraft
    {
        Key = $"help-volunteer:{requestId}:{volunteer.Id}",
        Kind = NotificationKind.HelpVolunteer,
        Subject = ThreadSubject.HelpRequest,
        SubjectId = requestId,
        Facts = new Dictionary<string, string> { ["by"] = volunteer.DisplayName },
    });

    public static Announcement Accepted(string helperId, string requestId, string title) => Announcement.To(helperId, new NotificationDraft
    {
        Key = $"help-accepted:{requestId}",
        Kind = NotificationKind.HelpAccepted,
        Subject = ThreadSubject.HelpRequest,
        SubjectId = requestId,
        Facts = new Dictionary<string, string> { ["title"] = title },
    });
}
