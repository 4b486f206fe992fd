namespace CommunityGrains.Grains.Webhooks;

[GenerateSerializer]
public sealed class WebhookHubState
{
    [Id(0)] public List<StoredWebhook> Webhooks { get; set; } = [];
}
