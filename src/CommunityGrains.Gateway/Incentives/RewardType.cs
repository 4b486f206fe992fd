using CommunityGrains.Contracts.Incentives;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class RewardType : ObjectGraphType<RewardView>
{
    public RewardType()
    {
        Name = "Reward";
        Description = "Something members can redeem points for.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the reward.").Resolve(c => c.Source.Id);
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Cost).Description("Points it costs.");
        Field(x => x.Stock).Description("Left; never negative.");
        Field(x => x.MinTier, nullable: true).Description("Name of the lowest tier that may redeem it; null when every member may.");
        Field(x => x.Retired).Description("No longer redeemable; its redemptions can still be handed over.");
        Field(x => x.VoucherForHelps).Description("Given, without a debit, as the service voucher of a helper's 10th completed help; at most one reward of the community.");
    }
}
