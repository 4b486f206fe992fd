using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class EventSubscriptionFields : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<EventType>>("eventUpdates")
            .Description("Pushed on sign-ins, registrations and status changes.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The event to follow; NOT_FOUND when the caller cannot see it.")
            .ResolveStreamAsync(async c =>
            {
                var eventId = GatewayIds.Check(c.GetArgument<string>("eventId"), "eventId");
                _ = await c.Grain<IEventGrain>(eventId).Get(c.Actor())
                    ?? throw DomainException.NotFound($"Event '{eventId}' does not exist.");
                return await c.Notifications<EventView>(NotificationTopics.EventUpdates, GrainKeys.Of(c.Actor().CommunityId, eventId));
            });
    }
}
