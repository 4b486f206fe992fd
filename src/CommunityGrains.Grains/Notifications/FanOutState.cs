using CommunityGrains.Contracts.Notifications;

namespace CommunityGrains.Grains.Notifications;

[GenerateSerializer]
public sealed class FanOutState
{
    [Id(1)] public NotificationDraft? Draft { get; set; }
    [Id(2)] public string? ExceptMemberId { get; set; }

    /// <summary>The next shard of the audience to tell; shards before it are done.</summary>
    [Id(3)] public int NextShard { get; set; }
    [Id(4)] public int Delivered { get; set; }
    [Id(5)] public DateTimeOffset? StartedAt { get; set; }
    [Id(6)] public DateTimeOffset? FinishedAt { get; set; }
    [Id(7)] public FanOutAudience? Audience { get; set; }
}
