using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Contracts.Webhooks;

[GenerateSerializer, Immutable]
public sealed record WebhookView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Url { get; init; }
    [Id(2)] public required IReadOnlyList<WebhookEvent> Events { get; init; }
    [Id(3)] public required bool Active { get; init; }
}
