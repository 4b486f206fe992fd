using CommunityGrains.Contracts.Communities;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class CommunityStatsType : ObjectGraphType<CommunityStatsView>
{
    public CommunityStatsType()
    {
        Name = "CommunityStats";
        Field(x => x.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierCountType>>>>("membersByTier")
            .Resolve(c => c.Source.MembersByTier.Select(p => new TierCount(p.Key, p.Value)));
    }
}

public sealed record TierCount(string Tier, int Members);

public sealed class TierCountType : ObjectGraphType<TierCount>
{
    public TierCountType()
    {
        Name = "TierCount";
        Field(x => x.Tier);
        Field(x => x.Members);
    }
}
