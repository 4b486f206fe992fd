using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class RedemptionType : ObjectGraphType<RedemptionView>
{
    public RedemptionType()
    {
        Name = "Redemption";
        Description = "A reward a member bought with points.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The redemption id (the client id given, or a new one).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RewardType>>("reward").Description("The reward redeemed.").Resolve(c => c.Source.Reward);
        Field(x => x.Cost).Description("Points spent.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When it was redeemed.").Resolve(c => c.Source.At);
        Field(x => x.Code).Description("Shown to collect the reward; random and unguessable.");
        Field<UtcDateTimeGraphType>("fulfilledAt").Description("When it was handed over; null until then.").Resolve(c => c.Source.FulfilledAt);
    }
}
