using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

/// <summary>The community whose stats are asked for; each figure is resolved by the capability that owns it.</summary>
public sealed record CommunityStatsSource(string CommunityId);

public sealed class CommunityStatsType : ObjectGraphType<CommunityStatsSource>
{
    public CommunityStatsType(IEnumerable<ICommunityStatsFields> contributors)
    {
        Name = "CommunityStats";
        Description = "Current figures of the community.";
        Field<NonNullGraphType<IntGraphType>>("members")
            .Description("Members who have joined.")
            .ResolveAsync(async c => (await Stats(c)).Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierCountType>>>>("membersByTier")
            .Description("Members per incentive tier.")
            .ResolveAsync(async c => (await Stats(c)).MembersByTier.Select(p => new TierCount(p.Key, p.Value)));
        foreach (var contributor in contributors)
        {
            contributor.AddTo(this);
        }
    }

    private static Task<CommunityStatsView> Stats(GraphQL.IResolveFieldContext<CommunityStatsSource> context) =>
        context.Grains().Reference<ICommunityGrain>(context.Source.CommunityId).Stats();
}

public sealed record TierCount(string Tier, int Members);

public sealed class TierCountType : ObjectGraphType<TierCount>
{
    public TierCountType()
    {
        Name = "TierCount";
        Description = "How many members are in one tier.";
        Field(x => x.Tier).Description("The tier's name.");
        Field(x => x.Members).Description("Members in that tier.");
    }
}
