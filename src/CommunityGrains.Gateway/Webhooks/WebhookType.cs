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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookEventType>>>>("events").Resolve(c => c.Source.Events);
        Field(x => x.Active);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryType>>>>("deliveries")
            .Description("Last deliveries, newest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c => await c.Grain<IWebhookGrain>(c.Source.Id).Deliveries(InputLimits.PageSize(c.GetArgument<int>("first"))));
    }
}
