using CommunityGrains.Domain.Webhooks;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Webhooks;

public sealed class AddWebhookInput
{
    public string Url { get; set; } = "";
    public List<WebhookEvent> Events { get; set; } = [];
}

public sealed class AddWebhookInputType : InputObjectGraphType<AddWebhookInput>
{
    public AddWebhookInputType()
    {
        Name = "AddWebhookInput";
        Description = "A webhook to register.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("Absolute HTTPS URL (HTTP only with Webhooks:AllowHttp=true), not resolving to an internal address.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEventType>>>>("events").Description("At least one event; not PING.");
    }
}
