using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Domain.Tests.Incentives;

public sealed class RewardRulesTests
{
    private static readonly IReadOnlyList<TierDefinition> Tiers = TierPolicy.Defaults;

    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    [InlineData(5_000, true)]
    public void A_minimum_tier_is_met_exactly_at_its_threshold(int lifetime, bool allowed) =>
        Assert.Equal(allowed, RewardRules.TierAllows("ADVANCED", lifetime, Tiers));

    [Fact]
    public void A_reward_without_a_minimum_tier_is_open_to_everyone() =>
        Assert.True(RewardRules.TierAllows(null, 0, Tiers));

    [Fact]
    public void A_minimum_tier_is_spelled_as_the_table_spells_it() =>
        Assert.Equal("CORE", RewardRules.Validate("Mug", 10, 1, "core", Tiers).MinTier);

    [Theory]
    [InlineData("", 10, 1, null, "input.name")]
    [InlineData("Mug", 0, 1, null, "input.cost")]
    [InlineData("Mug", 10, -1, null, "input.stock")]
    [InlineData("Mug", 10, 1, "GOLD", "input.minTier")]
    public void Invalid_rewards_are_refused_naming_the_field(string name, int cost, int stock, string? minTier, string field) =>
        Assert.Equal(field, Assert.Throws<InvalidInputException>(() => RewardRules.Validate(name, cost, stock, minTier, Tiers)).Field);

    [Fact]
    public void Zero_stock_is_allowed() => Assert.Equal(0, RewardRules.Validate("Sold out", 10, 0, null, Tiers).Stock);

    [Fact]
    public void Restocking_counts_the_redemptions_not_yet_handed_over_as_on_hand()
    {
        Assert.Equal(3, RewardRules.LeftAfterRestock(onHand: 5, reserved: 2));
        Assert.Equal(0, RewardRules.LeftAfterRestock(onHand: 2, reserved: 2));
        Assert.Equal("stock", Assert.Throws<InvalidInputException>(() => RewardRules.LeftAfterRestock(onHand: 1, reserved: 2)).Field);
        Assert.Equal("stock", Assert.Throws<InvalidInputException>(() => RewardRules.LeftAfterRestock(onHand: RewardRules.MaxStock + 1, reserved: 0)).Field);
    }
}
