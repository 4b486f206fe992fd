using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class ProposalStatsFields : ICommunityStatsFields
{
    public void AddTo(ObjectGraphType<CommunityStatsSource> stats) =>
        stats.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>>("proposalsByStatus")
            .Description("Proposals per status, every status listed; drafts are counted, not shown.")
            .ResolveAsync(async c => await c.Grains().Reference<IProposalCatalogGrain>(c.Source.CommunityId).CountByStatus());
}
