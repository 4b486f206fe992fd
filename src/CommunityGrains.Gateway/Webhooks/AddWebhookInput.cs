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
        Description = "A receiver to register and the events it wants.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("Absolute HTTPS URL, not resolving to a loopback, private or link-local address.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEventType>>>>("events").Description("At least one event (not PING).");
    }
}
