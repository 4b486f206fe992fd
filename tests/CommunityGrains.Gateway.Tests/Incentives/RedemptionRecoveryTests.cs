using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

/// <summary>
/// A crash between the reward and the member is simulated by running only the first steps of the protocol
/// against the grains (reserve; or reserve and debit), as a redeemer that died there would have left them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RedemptionRecoveryTests(TestHost host)
{
    private static readonly TimeSpan PastTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_reservation_whose_debit_never_happened_gives_its_stock_back_after_the_timeout()
    {
        var (community, ana, reward) = await Setup();
        await RewardGrain(community, reward).Reserve("crashed", "ana");
        Assert.Equal(0, await ana.Stock(reward));

        host.Time.Advance(PastTimeout);

        Assert.Equal(1, await ana.Stock(reward));
        Assert.Equal(100, await ana.Points());
    }

    [Fact]
    public async Task A_debit_arriving_after_its_reservation_was_given_back_is_refused()
    {
        var (community, ana, reward) = await Setup();
        await RewardGrain(community, reward).Reserve("crashed", "ana");
        host.Time.Advance(PastTimeout);
        Assert.Equal(1, await ana.Stock(reward));

        var late = await Assert.ThrowsAsync<DomainException>(() => Member(community, "ana").Debit(new PointDebit(DebitKey(reward, "crashed"), 40, "late")));

        Assert.Equal(ErrorCodes.Conflict, late.Code);
        Assert.Equal(100, await ana.Points());
    }

    [Fact]
    public async Task A_reservation_whose_debit_happened_is_confirmed_after_the_timeout()
    {
        var (community, ana, reward) = await Setup();
        var reserved = await RewardGrain(community, reward).Reserve("crashed", "ana");
        await Member(community, "ana").Debit(new PointDebit(DebitKey(reward, "crashed"), 40, "Redeemed"));

        host.Time.Advance(PastTimeout);

        Assert.Equal(0, await ana.Stock(reward));
        Assert.Equal(60, await ana.Points());
        var retried = (await ana.Redeem(reward, id: "crashed")).EnsureSuccess();
        Assert.Equal(reserved.Code, retried.Get("redeemReward.code").GetString());
        Assert.Equal(60, await ana.Points());
    }

    [Fact]
    public async Task A_retry_before_the_timeout_resumes_the_interrupted_redemption()
    {
        var (community, ana, reward) = await Setup();
        var reserved = await RewardGrain(community, reward).Reserve("crashed", "ana");

        var retried = (await ana.Redeem(reward, id: "crashed")).EnsureSuccess();

        Assert.Equal(reserved.Code, retried.Get("redeemReward.code").GetString());
        Assert.Equal(0, retried.Get("redeemReward.reward.stock").GetInt32());
        Assert.Equal(60, await ana.Points());
    }

    private async Task<(TestCommunity Community, GraphQLClient Ana, string Reward)> Setup()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 100);
        var reward = await mod.AddReward("lamp", cost: 40, stock: 1);
        return (community, ana, reward);
    }

    private IRewardGrain RewardGrain(TestCommunity community, string reward) =>
        host.Grains().GetGrain<IRewardGrain>(GrainKeys.Of(community.Id, reward));

    private IMemberIncentivesGrain Member(TestCommunity community, string member) =>
        host.Grains().GetGrain<IMemberIncentivesGrain>(GrainKeys.Of(community.Id, member));

    private static string DebitKey(string reward, string redemption) => $"redeem:{reward}:{redemption}";
}
