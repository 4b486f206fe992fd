using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Webhooks;

public sealed class WebhookFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookType>>>>("webhooks")
            .Description("ADMIN.")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c => await Hub(c).List(c.Actor()));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WebhookWithSecretType>>("addWebhook")
            .Description("ADMIN.")
            .Argument<NonNullGraphType<AddWebhookInputType>>("input", "The webhook.")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddWebhookInput>("input");
                return await Hub(c).Add(c.Actor(), input.Url, input.Events);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeWebhook")
            .Description("ADMIN: stops deliveries to the webhook and forgets its pending ones; false when there was no such webhook.")
            .Argument<NonNullGraphType<IdGraphType>>("webhookId", "The webhook to remove.")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c => await Hub(c).Remove(c.Actor(), GatewayIds.Check(c.GetArgument<string>("webhookId"), "webhookId")));

        mutation.Field<NonNullGraphType<WebhookDeliveryType>>("testWebhook")
            .Description("ADMIN: sends a PING delivery now.")
            .Argument<NonNullGraphType<IdGraphType>>("webhookId", "The webhook to ping.")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c => await Hub(c).Test(c.Actor(), GatewayIds.Check(c.GetArgument<string>("webhookId"), "webhookId")));
    }

    private static IWebhookHubGrain Hub(IResolveFieldContext context) =>
        context.Grains().Reference<IWebhookHubGrain>(context.Actor().CommunityId);
}
