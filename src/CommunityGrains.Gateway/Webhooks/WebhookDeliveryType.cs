using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Webhooks;

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDeliveryView>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("The same for every attempt of one event, sent as the Webhook-Id header: receivers dedupe on it.")
            .Resolve(c => c.Source.EventId);
        Field<NonNullGraphType<WebhookEventType>>("event").Resolve(c => c.Source.Event);
        Field(x => x.Attempts);
        Field(x => x.LastStatus, nullable: true).Description("HTTP status of the last attempt; null when it did not connect.");
        Field(x => x.Delivered);
        Field<UtcDateTimeGraphType>("nextAttemptAt").Resolve(c => c.Source.NextAttemptAt);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
    }
}
