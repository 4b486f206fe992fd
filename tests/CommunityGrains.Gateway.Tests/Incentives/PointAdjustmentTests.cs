using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class PointAdjustmentTests(TestHost host)
{
    private const string Adjust =
        "mutation($id: ID, $m: ID!, $p: Int!, $r: String!) { adjustPoints(id: $id, memberId: $m, points: $p, reason: $r) { points lifetimePoints pointsHistory(first: 1) { nodes { action points reason } } } }";

    [Fact]
    public async Task A_bonus_is_credited_with_its_reason_in_the_ledger_and_the_member_is_told()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");

        var adjusted = (await mod.Send(Adjust, new { id = "b1", m = "ana", p = 40, r = "Organised the clean-up day" })).EnsureSuccess();

        Assert.Equal(40, adjusted.Get("adjustPoints.points").GetInt32());
        Assert.Equal(40, adjusted.Get("adjustPoints.lifetimePoints").GetInt32());
        Assert.Equal("ADJUSTMENT", adjusted.Get("adjustPoints.pointsHistory.nodes.0.action").GetString());
        Assert.Equal("Organised the clean-up day", adjusted.Get("adjustPoints.pointsHistory.nodes.0.reason").GetString());
        var inbox = (await ana.Inbox()).EnsureSuccess();
        Assert.Equal("POINTS_ADJUSTED", inbox.Get("notifications.nodes.0.kind").GetString());
        Assert.Equal("A moderator adjusted your points by +40: Organised the clean-up day", inbox.Get("notifications.nodes.0.text").GetString());
    }

    [Fact]
    public async Task Repeating_an_adjustment_id_changes_the_points_once_and_tells_once()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");

        (await mod.Send(Adjust, new { id = "same", m = "ana", p = 25, r = "Bonus" })).EnsureSuccess();
        var again = (await mod.Send(Adjust, new { id = "same", m = "ana", p = 25, r = "Bonus" })).EnsureSuccess();

        Assert.Equal(25, again.Get("adjustPoints.points").GetInt32());
        Assert.Equal(1, (await ana.Inbox()).EnsureSuccess().Get("notifications.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_deduction_takes_from_the_balance_but_not_from_lifetime_points_and_never_below_zero()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        await community.Give("ana", 30);

        var taken = (await mod.Send(Adjust, new { id = "d1", m = "ana", p = -20, r = "Duplicate check-ins" })).EnsureSuccess();
        Assert.Equal(10, taken.Get("adjustPoints.points").GetInt32());
        Assert.Equal(30, taken.Get("adjustPoints.lifetimePoints").GetInt32());
        Assert.Equal(-20, taken.Get("adjustPoints.pointsHistory.nodes.0.points").GetInt32());

        var refused = (await mod.Send(Adjust, new { id = "d2", m = "ana", p = -11, r = "Too much" })).ExpectError(ErrorCodes.BadUserInput);
        Assert.Contains("points", refused, StringComparison.Ordinal);
        Assert.Equal(10, await community.As("ana").Points());
    }

    [Theory]
    [InlineData(1001, "points")]
    [InlineData(-1001, "points")]
    [InlineData(0, "points")]
    public async Task Adjustments_outside_the_range_are_refused_naming_the_field(int points, string field)
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");

        var message = (await mod.Send(Adjust, new { id = "x", m = "ana", p = points, r = "Why" })).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains(field, message, StringComparison.Ordinal);
        Assert.Equal(0, await ana.Points());
    }

    [Fact]
    public async Task An_adjustment_without_a_reason_is_refused()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");

        var message = (await mod.Send(Adjust, new { id = "x", m = "ana", p = 5, r = "  " })).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("reason", message, StringComparison.Ordinal);
        Assert.Equal(0, await ana.Points());
    }

    [Fact]
    public async Task Welcome_points_are_given_once_on_joining_in_the_community_language()
    {
        var community = await host.NewCommunity("Asia/Shanghai");
        (await community.Admin.Send("mutation { configureCommunity(input: { welcomePoints: 15, language: \"zh\" }) { welcomePoints } }")).EnsureSuccess();

        var ana = await community.Member("ana");
        (await ana.Send("mutation { joinCommunity(input: { displayName: \"ana\" }) { id } }")).EnsureSuccess();

        var me = (await ana.Send("{ me { points lifetimePoints pointsHistory { totalCount nodes { action points reason } } } }")).EnsureSuccess();
        Assert.Equal(15, me.Get("me.points").GetInt32());
        Assert.Equal(1, me.Get("me.pointsHistory.totalCount").GetInt32());
        Assert.Equal("WELCOME", me.Get("me.pointsHistory.nodes.0.action").GetString());
        Assert.Equal("欢迎加入社区", me.Get("me.pointsHistory.nodes.0.reason").GetString());
        Assert.Equal(15, (await community.Admin.Send("{ community { welcomePoints } }")).EnsureSuccess().Get("community.welcomePoints").GetInt32());
    }
}
