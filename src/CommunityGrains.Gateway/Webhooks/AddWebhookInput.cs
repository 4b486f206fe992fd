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
        Field<NonNullGraphType<StringGraphType>>("url");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEventType>>>>("events");
    }
}
