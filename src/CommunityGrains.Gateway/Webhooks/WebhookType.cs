using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Execution;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Webhooks;

public sealed class WebhookType : ObjectGraphType<WebhookView>
{
    public WebhookType()
    {
        Name = "Webhook";
        Description = "An HTTPS endpoint (HTTP only with Webhooks:AllowHttp=true) that receives signed POSTs; see the README's Webhooks section.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the webhook.").Resolve(c => c.Source.Id);
        Field(x => x.Url).Description("Where deliveries are POSTed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEventType>>>>("events").Description("The events it receives.").Resolve(c => c.Source.Events);
        Field(x => x.Active).Description("False once removed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryType>>>>("deliveries")
            .Description("Last deliveries, newest first.")
            .Argument<IntGraphType>("first", "How many, 1..100.", a => a.DefaultValue = 20)
            .ResolveAsync(async c => await c.Grain<IWebhookGrain>(c.Source.Id).Deliveries(InputLimits.PageSize(c.GetArgument<int>("first"))));
    }
}
