using CommunityGrains.Contracts.Webhooks;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Webhooks;

public sealed class WebhookWithSecretType : ObjectGraphType<WebhookWithSecret>
{
    public WebhookWithSecretType()
    {
        Name = "WebhookWithSecret";
        Description = "Returned once: the secret that signs deliveries (HMAC-SHA256 of '{Webhook-Id}.{Webhook-Timestamp}.{body}', hex, in the Webhook-Signature header).";
        Field<NonNullGraphType<WebhookType>>("webhook").Description("The registered webhook.").Resolve(c => c.Source.Webhook);
        Field(x => x.Secret).Description("The signing secret; shown only here.");
    }
}
