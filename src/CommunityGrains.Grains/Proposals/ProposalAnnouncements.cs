using System.Globalization;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// A status change tells the author and every follower (a fan-out job, after the change is acknowledged) and
/// webhooks. Keys name the change by its place on the timeline, so a re-sent change is one notification and one event.
/// </summary>
public static class ProposalAnnouncements
{
    public static Announcement Submitted(string proposalId, DateTimeOffset at) =>
        Hook($"proposal-submitted:{proposalId}", WebhookEvent.ProposalSubmitted, at, new() { ["proposalId"] = proposalId });

    public static Announcement VotingClosed(string proposalId, DateTimeOffset at) =>
        Hook($"voting-closed:{proposalId}", WebhookEvent.VotingClosed, at, new() { ["proposalId"] = proposalId });

    public static IEnumerable<Announcement> StatusChanged(string proposalId, string title, string authorId, ProposalStatus status, int timelineLength, string? actorId, DateTimeOffset at)
    {
        var statusName = EnumNames.Constant(status);
        var key = $"proposal-status:{proposalId}:{timelineLength.ToString(CultureInfo.InvariantCulture)}";
        var draft = new NotificationDraft
        {
            Key = key,
            Kind = NotificationKind.ProposalStatus,
            Subject = ThreadSubject.Proposal,
            SubjectId = proposalId,
            Facts = new Dictionary<string, string> { ["title"] = title, ["status"] = statusName },
        };
        if (authorId != actorId)
        {
            yield return Announcement.To(authorId, draft);
        }

        yield return Announcement.ToFollowers(SubjectRef.Of(ThreadSubject.Proposal, proposalId), draft, actorId);
        yield return Hook(key, WebhookEvent.ProposalStatusChanged, at, new() { ["proposalId"] = proposalId, ["status"] = statusName });
    }

    private static Announcement Hook(string id, WebhookEvent kind, DateTimeOffset at, Dictionary<string, string> data) =>
        Announcement.Hook(new WebhookEventDraft { Id = id, Event = kind, At = at, Data = data });
}
