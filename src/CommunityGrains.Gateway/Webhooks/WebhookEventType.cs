using CommunityGrains.Domain.Webhooks;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Webhooks;

/// <summary>PING is the design's events plus the test delivery of testWebhook; addWebhook refuses it.</summary>
public sealed class WebhookEventType : EnumerationGraphType<WebhookEvent>
{
    public WebhookEventType()
    {
        Name = "WebhookEvent";
        Description = "What a webhook can receive; PING is sent by testWebhook only.";
    }
}
