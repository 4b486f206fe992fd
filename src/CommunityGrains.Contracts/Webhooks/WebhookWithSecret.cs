namespace CommunityGrains.Contracts.Webhooks;

[GenerateSerializer, Immutable]
public sealed record WebhookWithSecret
{
    [Id(0)] public required WebhookView Webhook { get; init; }
    [Id(1)] public required string Secret { get; init; }
}
