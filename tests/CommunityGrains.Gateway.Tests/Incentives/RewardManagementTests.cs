using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class RewardManagementTests(TestHost host)
{
    private const string Update =
        "mutation($r: ID!, $name: String, $cost: Int, $stock: Int, $retired: Boolean) { updateReward(rewardId: $r, name: $name, cost: $cost, stock: $stock, retired: $retired) { name cost stock retired } }";

    private const string Fulfil =
        "mutation($r: ID!, $id: ID!) { fulfilRedemption(rewardId: $r, redemptionId: $id) { id code fulfilledAt } }";

    [Fact]
    public async Task An_admin_restocks_and_reprices_and_the_next_redemption_pays_the_new_price()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 100);
        var reward = await mod.AddReward("mug", cost: 30, stock: 1);

        var updated = (await community.Admin.Send(Update, new { r = reward, name = "Big mug", cost = 45, stock = 3 })).EnsureSuccess();
        Assert.Equal(("Big mug", 45, 3), (updated.Get("updateReward.name").GetString(), updated.Get("updateReward.cost").GetInt32(), updated.Get("updateReward.stock").GetInt32()));

        var redeemed = (await ana.Redeem(reward)).EnsureSuccess();
        Assert.Equal(45, redeemed.Get("redeemReward.cost").GetInt32());
        Assert.Equal(2, redeemed.Get("redeemReward.reward.stock").GetInt32());
        Assert.Equal(55, await ana.Points());
    }

    [Fact]
    public async Task Stock_cannot_drop_below_the_redemptions_not_yet_handed_over()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 100);
        var reward = await mod.AddReward("mug", cost: 10, stock: 5);
        (await ana.Redeem(reward, "r1")).EnsureSuccess();
        (await ana.Redeem(reward, "r2")).EnsureSuccess();

        var message = (await community.Admin.Send(Update, new { r = reward, stock = 1 })).ExpectError(ErrorCodes.BadUserInput);
        Assert.Contains("stock", message, StringComparison.Ordinal);
        Assert.Equal(3, await ana.Stock(reward));

        // Two are on hand for the redemptions: setting 2 leaves none to redeem, and handing one over frees nothing more.
        Assert.Equal(0, (await community.Admin.Send(Update, new { r = reward, stock = 2 })).EnsureSuccess().Get("updateReward.stock").GetInt32());
        (await mod.Send(Fulfil, new { r = reward, id = "r1" })).EnsureSuccess();
        Assert.Equal(0, await ana.Stock(reward));
        Assert.Equal(0, (await community.Admin.Send(Update, new { r = reward, stock = 1 })).EnsureSuccess().Get("updateReward.stock").GetInt32());
    }

    [Fact]
    public async Task A_retired_reward_stays_listed_but_cannot_be_redeemed_until_offered_again()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 100);
        var reward = await mod.AddReward("mug", cost: 10, stock: 5);

        (await community.Admin.Send(Update, new { r = reward, retired = true })).EnsureSuccess();
        (await ana.Redeem(reward)).ExpectError(ErrorCodes.Conflict);
        Assert.True((await ana.Send("{ rewards { retired } }")).EnsureSuccess().Get("rewards.0.retired").GetBoolean());
        Assert.Equal(100, await ana.Points());

        (await community.Admin.Send(Update, new { r = reward, retired = false })).EnsureSuccess();
        (await ana.Redeem(reward)).EnsureSuccess();
    }

    [Fact]
    public async Task Handing_over_a_redemption_records_when_once()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 100);
        var reward = await mod.AddReward("mug", cost: 10, stock: 5);
        var code = (await ana.Redeem(reward, "r1")).EnsureSuccess().Get("redeemReward.code").GetString();

        var first = (await mod.Send(Fulfil, new { r = reward, id = "r1" })).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromSeconds(5));
        var again = (await mod.Send(Fulfil, new { r = reward, id = "r1" })).EnsureSuccess();

        Assert.Equal(code, first.Get("fulfilRedemption.code").GetString());
        Assert.Equal(host.Time.GetUtcNow().AddSeconds(-5), first.Get("fulfilRedemption.fulfilledAt").GetDateTimeOffset());
        Assert.Equal(first.Get("fulfilRedemption.fulfilledAt").GetString(), again.Get("fulfilRedemption.fulfilledAt").GetString());
        (await mod.Send(Fulfil, new { r = reward, id = "nope" })).ExpectError(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Only_an_admin_changes_a_reward()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var reward = await mod.AddReward("mug", cost: 10, stock: 5);

        (await mod.Send(Update, new { r = reward, cost = 1 })).ExpectError(ErrorCodes.Forbidden);

        Assert.Equal(5, await mod.Stock(reward));
    }
}
