using CommunityGrains.Contracts.Incentives;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class RewardType : ObjectGraphType<RewardView>
{
    public RewardType()
    {
        Name = "Reward";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.Cost);
        Field(x => x.Stock).Description("Left; never negative.");
        Field(x => x.MinTier, nullable: true);
    }
}
