using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalSubscriptionFields : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<TallyType>>("proposalTally")
            .Description("Pushed on every change of the tally while voting is open (graphql-transport-ws).")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId", "The proposal to follow; NOT_FOUND when it does not exist or is someone else's draft.")
            .ResolveStreamAsync(async c =>
            {
                var proposalId = GatewayIds.Check(c.GetArgument<string>("proposalId"), "proposalId");
                _ = await c.Grain<IProposalGrain>(proposalId).Get(c.Actor())
                    ?? throw DomainException.NotFound($"Proposal '{proposalId}' does not exist.");
                return await c.Notifications<TallyView>(NotificationTopics.ProposalTally, GrainKeys.Of(c.Actor().CommunityId, proposalId));
            });
    }
}
