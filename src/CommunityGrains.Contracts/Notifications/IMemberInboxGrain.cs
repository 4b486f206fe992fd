using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Notifications;

/// <summary>
/// Key: community/member. The member's notifications, newest first, bounded to the newest
/// <see cref="Domain.Notifications.InboxRules.Kept"/>. Deliveries share writes, so a burst of causes costs few writes.
/// </summary>
public interface IMemberInboxGrain : IGrainWithStringKey
{
    /// <summary>Adds the notification unless its key was raised before; true when it was added.</summary>
    Task<bool> Deliver(NotificationDraft draft);

    [ReadOnly]
    Task<InboxPage> Page(int first, long? beforeSequence, bool unreadOnly);

    /// <summary>Marks the given ids (unknown ones are ignored) or all as read; returns the first page afterwards.</summary>
    Task<InboxPage> MarkRead(IReadOnlyList<string> ids, bool all, int first);
}
