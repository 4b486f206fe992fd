namespace CommunityGrains.Grains.Webhooks;

[GenerateSerializer]
public sealed class WebhookRecoveryState
{
    [Id(0)] public HashSet<string> Pending { get; set; } = [];
}
