using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;

namespace CommunityGrains.Grains.Notifications;

/// <summary>
/// The one way a grain raises notifications and webhook events: it adds <see cref="Announcement"/>s to its state with
/// the change that causes them, writes, and calls <see cref="Send"/> before it answers. Each is removed once its receiver
/// has stored it; the removal is written with the grain's next write, and a resend meanwhile is ignored by key.
/// </summary>
public static class Announcer
{
    public static async Task Send(IGrainFactory grains, string communityId, List<Announcement> pending)
    {
        while (pending.Count > 0)
        {
            await Send(grains, communityId, pending[0]);
            pending.RemoveAt(0);
        }
    }

    /// <summary>
    /// One announcement: a member's inbox, a stored fan-out job (which tells the audience later, off the caller's
    /// path), or the webhook queues, each awaited until stored.
    /// </summary>
    public static Task Send(IGrainFactory grains, string communityId, Announcement announcement) => announcement switch
    {
        { Webhook: { } hook } => grains.Reference<IWebhookHubGrain>(communityId).Raise(hook),
        { Notification: { } draft, Audience: { } audience } =>
            grains.Reference<INotificationFanOutGrain>(GrainKeys.Of(communityId, draft.Key)).Start(audience, draft, announcement.ExceptMemberId),
        { Notification: { } draft, RecipientId: { } recipient } =>
            grains.Reference<IMemberInboxGrain>(GrainKeys.Of(communityId, recipient)).Deliver(draft),
        _ => Task.CompletedTask,
    };
}
