using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

/// <summary>Read from the sharded open-request sets: a fixed handful of small grains, whatever the city's size.</summary>
public sealed class HelpStatsFields : ICommunityStatsFields
{
    void ICommunityStatsFields.AddTo(ObjectGraphType<CommunityStatsSource> stats) =>
        stats.Field<NonNullGraphType<IntGraphType>>("openHelpRequests")
            .Description("Help requests currently OPEN.")
            .ResolveAsync(async c => await c.Grains().Reference<IHelpDirectoryGrain>(c.Source.CommunityId).OpenRequests());
}
