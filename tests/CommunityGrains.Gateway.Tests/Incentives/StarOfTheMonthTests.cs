using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class StarOfTheMonthTests(TestHost host)
{
    private const string Zone = "Asia/Shanghai";
    private const string Select = "mutation($month: String!, $memberId: ID) { selectStarOfTheMonth(input: { category: OVERALL, month: $month, memberId: $memberId, citation: \"Tireless\" }) { month category score citation member { id } selectedBy { id } } }";

    [Fact]
    public async Task A_star_cannot_be_chosen_before_the_month_has_ended()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        await community.Give("ana", 10);
        var month = CommunityCalendar.For(Zone).MonthOf(host.Time.GetUtcNow());

        (await mod.Send(Select, new { month, memberId = (string?)null })).ExpectError(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task After_the_month_the_top_scorer_is_chosen_by_default_and_receives_the_badge_and_points()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Member("bo");
        await community.Give("ana", 40);
        await community.Give("bo", 10);
        var month = host.EndCurrentMonth(Zone);

        var star = (await mod.Send(Select, new { month, memberId = (string?)null })).EnsureSuccess();

        Assert.Equal("ana", star.Get("selectStarOfTheMonth.member.id").GetString());
        Assert.Equal(40.0, star.Get("selectStarOfTheMonth.score").GetDouble());
        Assert.Equal("mo", star.Get("selectStarOfTheMonth.selectedBy.id").GetString());
        var me = (await ana.Send("{ me { points badges { badge { id automatic } awardedBy { id } } } }")).EnsureSuccess();
        Assert.Equal(40 + 100, me.Get("me.points").GetInt32());
        Assert.Equal("STAR_OF_THE_MONTH", me.Get("me.badges.0.badge.id").GetString());
        Assert.True(me.Get("me.badges.0.badge.automatic").GetBoolean());
        Assert.Equal(JsonValueKind.Null, me.Get("me.badges.0.awardedBy").ValueKind);
        var listed = (await ana.Send("query($month: String) { starsOfTheMonth(month: $month) { category citation member { id } } }", new { month })).EnsureSuccess();
        Assert.Equal("Tireless", listed.Get("starsOfTheMonth.0.citation").GetString());
        Assert.Equal("ana", listed.Get("starsOfTheMonth.0.member.id").GetString());
    }

    [Fact]
    public async Task The_same_request_again_returns_the_same_star_and_awards_nothing_more()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Give("ana", 40);
        var month = host.EndCurrentMonth(Zone);

        (await mod.Send(Select, new { month, memberId = "ana" })).EnsureSuccess();
        var again = (await mod.Send(Select, new { month, memberId = "ana" })).EnsureSuccess();

        Assert.Equal("ana", again.Get("selectStarOfTheMonth.member.id").GetString());
        var me = (await ana.Send("{ me { points badges { reason } } }")).EnsureSuccess();
        Assert.Equal(140, me.Get("me.points").GetInt32());
        Assert.Equal(1, me.Get("me.badges").GetArrayLength());
    }

    [Fact]
    public async Task A_second_star_in_the_same_category_and_month_is_a_conflict()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        await community.Member("bo");
        await community.Give("ana", 40);
        var month = host.EndCurrentMonth(Zone);

        (await mod.Send(Select, new { month, memberId = "ana" })).EnsureSuccess();
        (await mod.Send(Select, new { month, memberId = "bo" })).ExpectError(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task Without_a_member_an_empty_board_is_refused()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var month = host.EndCurrentMonth(Zone);

        (await mod.Send(Select, new { month, memberId = (string?)null })).ExpectError(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task A_member_cannot_choose_a_star()
    {
        var community = await host.NewCommunity(Zone);
        var ana = await community.Member("ana");
        var month = host.EndCurrentMonth(Zone);

        (await ana.Send(Select, new { month, memberId = "ana" })).ExpectError(ErrorCodes.Forbidden);
    }
}
