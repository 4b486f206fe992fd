using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class IncentiveStatsFields : ICommunityStatsFields
{
    void ICommunityStatsFields.AddTo(ObjectGraphType<CommunityStatsSource> stats) =>
        stats.Field<NonNullGraphType<IntGraphType>>("activeMembersThisMonth")
            .Description("Members who earned points this month, in the community's time zone.")
            .ResolveAsync(async c =>
            {
                var communityId = c.Source.CommunityId;
                var month = await IncentiveMonths.Current(c, communityId);
                return await c.Grains().Reference<ILeaderboardGrain>(IncentiveKeys.Leaderboard(communityId, StarCategory.Overall, month)).ActiveMembers();
            });
}
