using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Contracts.Webhooks;

[GenerateSerializer, Immutable]
public sealed record WebhookDeliveryView
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required WebhookEvent Event { get; init; }
    [Id(2)] public required int Attempts { get; init; }
    [Id(3)] public int? LastStatus { get; init; }
    [Id(4)] public required bool Delivered { get; init; }
    [Id(5)] public DateTimeOffset? NextAttemptAt { get; init; }
    [Id(6)] public required DateTimeOffset At { get; init; }
}
