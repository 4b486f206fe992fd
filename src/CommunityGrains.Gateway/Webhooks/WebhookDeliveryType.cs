using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Webhooks;

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDeliveryView>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One event sent (or being retried) to a webhook.";
        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("The same for every attempt of one event, sent as the Webhook-Id header: receivers dedupe on it.")
            .Resolve(c => c.Source.EventId);
        Field<NonNullGraphType<WebhookEventType>>("event").Description("The event sent.").Resolve(c => c.Source.Event);
        Field(x => x.Attempts).Description("Attempts so far.");
        Field(x => x.LastStatus, nullable: true).Description("HTTP status of the last attempt; null when it did not connect.");
        Field(x => x.Delivered).Description("A 2xx answered within 10 s.");
        Field<UtcDateTimeGraphType>("nextAttemptAt").Description("When it is retried; null once delivered or given up after 24 hours.").Resolve(c => c.Source.NextAttemptAt);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When the event happened.").Resolve(c => c.Source.At);
    }
}
