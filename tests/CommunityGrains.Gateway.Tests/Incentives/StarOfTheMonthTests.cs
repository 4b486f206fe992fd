using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class StarOfTheMonthTests(TestHost host)
{
    private const string Zone = "Asia/Shanghai";
    private const string Select = "mutation($month: String!, $memberId: ID) { selectStarOfTheMonth(input: { category: LEARNER, month: $month, memberId: $memberId, citation: \"Tireless\" }) { month category score citation member { id } selectedBy { id } } }";

    [Fact]
    public async Task A_star_cannot_be_chosen_before_the_month_has_ended()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        await community.Give("ana", 10);
        var month = CommunityCalendar.For(Zone).MonthOf(host.Time.GetUtcNow());

        var refused = (await mod.Send(Select, new { month, memberId = "ana" })).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("has not ended", refused);
    }

    [Fact]
    public async Task After_the_month_the_top_scorer_is_chosen_by_default_and_receives_the_badge_and_points()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        await community.Member("bo");
        var month = await community.LearnedLastMonth("ana", Zone, days: 12);
        await community.LearnedLastMonth("bo", Zone, days: 3);

        var star = (await mod.Send(Select, new { month, memberId = (string?)null })).EnsureSuccess();

        Assert.Equal("ana", star.Get("selectStarOfTheMonth.member.id").GetString());
        Assert.Equal("LEARNER", star.Get("selectStarOfTheMonth.category").GetString());
        Assert.Equal(12.0, star.Get("selectStarOfTheMonth.score").GetDouble());
        Assert.Equal("mo", star.Get("selectStarOfTheMonth.selectedBy.id").GetString());
        var me = (await ana.Send("{ me { points badges { badge { id automatic } awardedBy { id } } } }")).EnsureSuccess();
        Assert.Equal(100, me.Get("me.points").GetInt32());
        Assert.Equal("STAR_OF_THE_MONTH", me.Get("me.badges.0.badge.id").GetString());
        Assert.True(me.Get("me.badges.0.badge.automatic").GetBoolean());
        Assert.Equal(JsonValueKind.Null, me.Get("me.badges.0.awardedBy").ValueKind);
    }

    [Fact]
    public async Task Stars_of_a_month_are_listed_with_their_citation()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        var month = await community.LearnedLastMonth("ana", Zone);
        (await mod.Send(Select, new { month, memberId = "ana" })).EnsureSuccess();

        var byDefault = (await ana.Send("{ starsOfTheMonth { month category citation member { id } } }")).EnsureSuccess();

        Assert.Equal(month, byDefault.Get("starsOfTheMonth.0.month").GetString());
        Assert.Equal("Tireless", byDefault.Get("starsOfTheMonth.0.citation").GetString());
        Assert.Equal("ana", byDefault.Get("starsOfTheMonth.0.member.id").GetString());
    }

    [Fact]
    public async Task The_same_request_again_returns_the_same_star_and_awards_nothing_more()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        var month = await community.LearnedLastMonth("ana", Zone);

        (await mod.Send(Select, new { month, memberId = "ana" })).EnsureSuccess();
        var again = (await mod.Send(Select, new { month, memberId = "ana" })).EnsureSuccess();

        Assert.Equal("ana", again.Get("selectStarOfTheMonth.member.id").GetString());
        var me = (await ana.Send("{ me { points badges { reason } } }")).EnsureSuccess();
        Assert.Equal(100, me.Get("me.points").GetInt32());
        Assert.Equal(1, me.Get("me.badges").GetArrayLength());
    }

    [Fact]
    public async Task A_second_star_in_the_same_category_and_month_is_a_conflict()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        await community.Member("bo");
        var month = await community.LearnedLastMonth("ana", Zone);

        (await mod.Send(Select, new { month, memberId = "ana" })).EnsureSuccess();
        (await mod.Send(Select, new { month, memberId = "bo" })).ExpectError(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task Without_a_member_an_empty_board_is_refused()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var calendar = CommunityCalendar.For(Zone);
        var lastMonth = CommunityCalendar.FormatMonth(CommunityCalendar.ParseMonth(calendar.MonthOf(host.Time.GetUtcNow())).AddMonths(-1));

        (await mod.Send(Select, new { month = lastMonth, memberId = (string?)null })).ExpectError(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task A_member_cannot_choose_a_star()
    {
        var community = await host.NewCommunity(Zone);
        var ana = await community.Member("ana");
        var month = await community.LearnedLastMonth("ana", Zone);

        (await ana.Send(Select, new { month, memberId = "ana" })).ExpectError(ErrorCodes.Forbidden);
    }
}
