using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Grains.Webhooks;

[GenerateSerializer]
public sealed record StoredWebhook
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Url { get; init; }
    [Id(2)] public required List<WebhookEvent> Events { get; init; }
    [Id(3)] public required DateTimeOffset CreatedAt { get; init; }
}
