using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class RedemptionType : ObjectGraphType<RedemptionView>
{
    public RedemptionType()
    {
        Name = "Redemption";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RewardType>>("reward").Resolve(c => c.Source.Reward);
        Field(x => x.Cost);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
        Field(x => x.Code).Description("Shown to collect the reward; random and unguessable.");
    }
}
