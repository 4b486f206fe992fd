using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Webhooks;

/// <summary>One event for one webhook; <see cref="Body"/> is fixed when queued, so every attempt signs the same bytes.</summary>
[GenerateSerializer]
public sealed record StoredDelivery
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required WebhookEvent Event { get; init; }
    [Id(2)] public required string Body { get; init; }
    [Id(3)] public required DateTimeOffset At { get; init; }
    [Id(4)] public int Attempts { get; init; }
    [Id(5)] public int? LastStatus { get; init; }
    [Id(6)] public bool Delivered { get; init; }

    /// <summary>Null once delivered or given up.</summary>
    [Id(7)] public DateTimeOffset? NextAttemptAt { get; init; }
    [Id(8)] public DateTimeOffset? FirstAttemptAt { get; init; }
}
