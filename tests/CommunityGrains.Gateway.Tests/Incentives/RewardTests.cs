using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class RewardTests(TestHost host)
{
    [Fact]
    public async Task Redeeming_debits_the_balance_takes_one_from_stock_and_gives_a_code()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 50);
        var reward = await mod.AddReward("mug", cost: 30, stock: 5);

        var redeemed = (await ana.Redeem(reward)).EnsureSuccess();

        Assert.Equal(30, redeemed.Get("redeemReward.cost").GetInt32());
        Assert.Equal(4, redeemed.Get("redeemReward.reward.stock").GetInt32());
        Assert.Matches("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$", redeemed.Get("redeemReward.code").GetString());
        var me = (await ana.Send("{ me { points lifetimePoints pointsHistory(first: 1) { nodes { action points } } } }")).EnsureSuccess();
        Assert.Equal(20, me.Get("me.points").GetInt32());
        Assert.Equal(50, me.Get("me.lifetimePoints").GetInt32());
        Assert.Equal("REDEMPTION", me.Get("me.pointsHistory.nodes.0.action").GetString());
        Assert.Equal(-30, me.Get("me.pointsHistory.nodes.0.points").GetInt32());
    }

    [Fact]
    public async Task A_member_exactly_at_the_minimum_tier_may_redeem_and_one_point_below_may_not()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var at = await community.Member("at");
        var below = await community.Member("below");
        await community.Give("at", 200);
        await community.Give("below", 199);
        var reward = await mod.AddReward("vip", cost: 10, stock: 5, minTier: "ADVANCED");

        (await at.Redeem(reward)).EnsureSuccess();
        (await below.Redeem(reward)).ExpectError(ErrorCodes.TierTooLow);
    }

    [Fact]
    public async Task Spending_points_does_not_lower_the_tier()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 200);
        var reward = await mod.AddReward("lamp", cost: 150, stock: 1);

        (await ana.Redeem(reward)).EnsureSuccess();

        var me = (await ana.Send("{ me { points lifetimePoints tier { name } } }")).EnsureSuccess();
        Assert.Equal(50, me.Get("me.points").GetInt32());
        Assert.Equal(200, me.Get("me.lifetimePoints").GetInt32());
        Assert.Equal("ADVANCED", me.Get("me.tier.name").GetString());
    }

    [Fact]
    public async Task Redeeming_without_enough_points_is_refused_and_leaves_the_stock()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 29);
        var reward = await mod.AddReward("mug", cost: 30, stock: 2);

        (await ana.Redeem(reward)).ExpectError(ErrorCodes.InsufficientPoints);
        Assert.Equal(2, await ana.Stock(reward));
        Assert.Equal(29, await ana.Points());
    }

    [Fact]
    public async Task Two_members_racing_for_the_last_item_one_wins_and_the_other_is_told_it_is_out_of_stock()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        var bo = await community.Member("bo");
        await community.Give("ana", 100);
        await community.Give("bo", 100);
        var reward = await mod.AddReward("last", cost: 40, stock: 1);

        var results = await Task.WhenAll(ana.Redeem(reward), bo.Redeem(reward));

        Assert.Single(results, r => r.Errors.Count == 0);
        Assert.Single(results, r => r.ErrorCodes.Contains(ErrorCodes.OutOfStock));
        Assert.Equal(0, await ana.Stock(reward));
        Assert.Equal(100 + 100 - 40, await ana.Points() + await bo.Points());
    }

    [Fact]
    public async Task A_retried_redemption_with_the_same_id_debits_once_and_takes_one_item()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 100);
        var reward = await mod.AddReward("mug", cost: 30, stock: 5);

        var first = (await ana.Redeem(reward, id: "r1")).EnsureSuccess();
        var retry = (await ana.Redeem(reward, id: "r1")).EnsureSuccess();

        Assert.Equal(first.Get("redeemReward.code").GetString(), retry.Get("redeemReward.code").GetString());
        Assert.Equal(70, await ana.Points());
        Assert.Equal(4, await ana.Stock(reward));
    }

    [Fact]
    public async Task Another_member_reusing_a_redemption_id_is_a_conflict()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        var bo = await community.Member("bo");
        await community.Give("ana", 100);
        await community.Give("bo", 100);
        var reward = await mod.AddReward("mug", cost: 30, stock: 5);

        (await ana.Redeem(reward, id: "shared")).EnsureSuccess();
        (await bo.Redeem(reward, id: "shared")).ExpectError(ErrorCodes.Conflict);
        Assert.Equal(100, await bo.Points());
    }

    [Fact]
    public async Task Adding_a_reward_needs_a_moderator_a_positive_cost_and_an_existing_tier()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");

        (await ana.Send("""mutation { addReward(input: { name: "Mug", cost: 10, stock: 1 }) { id } }""")).ExpectError(ErrorCodes.Forbidden);
        Assert.Contains("input.cost", (await mod.Send("""mutation { addReward(input: { name: "Mug", cost: 0, stock: 1 }) { id } }""")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("input.minTier", (await mod.Send("""mutation { addReward(input: { name: "Mug", cost: 10, stock: 1, minTier: "GOLD" }) { id } }""")).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Adding_the_same_reward_again_with_its_id_returns_it_without_restocking()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 100);
        var reward = await mod.AddReward("mug", cost: 30, stock: 2);
        (await ana.Redeem(reward)).EnsureSuccess();

        await mod.AddReward("mug", cost: 30, stock: 2);

        var rewards = (await ana.Send("{ rewards { id stock } }")).EnsureSuccess().Get("rewards");
        Assert.Equal(1, rewards.GetArrayLength());
        Assert.Equal(1, rewards[0].GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Redeeming_an_unknown_reward_is_not_found()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        (await ana.Redeem("nope")).ExpectError(ErrorCodes.NotFound);
    }
}
