namespace CommunityGrains.Grains.Notifications;

[GenerateSerializer]
public sealed class MemberInboxState
{
    /// <summary>Oldest first; at most <see cref="Domain.Notifications.InboxRules.Kept"/>.</summary>
    [Id(0)] public List<StoredNotification> Items { get; set; } = [];
    [Id(1)] public long NextSequence { get; set; } = 1;

    /// <summary>Keys of dropped notifications, oldest first, so their causes stay raised once.</summary>
    [Id(2)] public List<string> DroppedKeys { get; set; } = [];
}
