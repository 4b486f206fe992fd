using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class AnnualBoardTests(TestHost host)
{
    private const string Zone = "Asia/Shanghai";
    private const string Board = "query($y: Int) { annualLeaderboard(category: LEARNER, year: $y) { month entries { rank score member { id } } } }";
    private const string SelectStar = "mutation($y: Int!, $m: ID) { selectStarOfTheYear(category: LEARNER, year: $y, memberId: $m) { month score member { id badges { badge { id } } } } }";

    [Fact]
    public async Task The_annual_board_ranks_each_members_total_of_the_whole_year_not_the_monthly_leaders()
    {
        var community = await host.NewCommunity(Zone);
        var year = CommunityCalendar.For(Zone).DateOf(host.Time.GetUtcNow()).Year - 1;
        await community.Member("ana");
        await community.Member("bob");
        await community.Member("carl");
        await Learned(community, "ana", 3, year, 1);
        await Learned(community, "bob", 2, year, 1);
        await Learned(community, "bob", 2, year, 2);
        await Learned(community, "carl", 1, year, 2);

        var board = (await community.Admin.Send(Board, new { y = year })).EnsureSuccess();

        Assert.Equal(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), board.Get("annualLeaderboard.month").GetString());
        Assert.Equal(
            [("bob", 4.0), ("ana", 3.0), ("carl", 1.0)],
            board.Get("annualLeaderboard.entries").EnumerateArray().Select(e => (e.GetProperty("member").GetProperty("id").GetString(), e.GetProperty("score").GetDouble())));
        var january = (await community.Admin.Send("query($m: String) { leaderboard(category: LEARNER, month: $m) { entries { member { id } } } }", new { m = $"{year:D4}-01" })).EnsureSuccess();
        Assert.Equal("ana", january.Get("leaderboard.entries.0.member.id").GetString());
    }

    [Fact]
    public async Task The_star_of_an_ended_year_is_its_first_gets_a_badge_and_stays_chosen()
    {
        var community = await host.NewCommunity(Zone);
        var year = CommunityCalendar.For(Zone).DateOf(host.Time.GetUtcNow()).Year - 1;
        await community.Member("ana");
        await community.Member("bob");
        await Learned(community, "ana", 5, year, 6);
        await Learned(community, "bob", 4, year, 7);

        var star = (await community.Admin.Send(SelectStar, new { y = year })).EnsureSuccess();
        var again = (await community.Admin.Send(SelectStar, new { y = year })).EnsureSuccess();

        Assert.Equal(("ana", 5.0), (star.Get("selectStarOfTheYear.member.id").GetString(), star.Get("selectStarOfTheYear.score").GetDouble()));
        Assert.Contains(star.Get("selectStarOfTheYear.member.badges").EnumerateArray(), b => b.GetProperty("badge").GetProperty("id").GetString() == AutomaticBadges.StarOfTheYear);
        Assert.Equal(1, again.Get("selectStarOfTheYear.member.badges").EnumerateArray().Count(b => b.GetProperty("badge").GetProperty("id").GetString() == AutomaticBadges.StarOfTheYear));
        (await community.Admin.Send(SelectStar, new { y = year, m = "bob" })).ExpectError(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task No_star_is_chosen_before_the_year_ends_in_the_community_time_zone()
    {
        var community = await host.NewCommunity(Zone);
        var thisYear = CommunityCalendar.For(Zone).DateOf(host.Time.GetUtcNow()).Year;
        await community.Member("ana");
        await community.Give("ana", 10);

        var message = (await community.Admin.Send(SelectStar, new { y = thisYear, m = "ana" })).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("year", message, StringComparison.Ordinal);
        (await community.As("mo", Role.Moderator).Send(SelectStar, new { y = thisYear - 1, m = "ana" })).ExpectError(ErrorCodes.Forbidden);
    }

    private static Task Learned(TestCommunity community, string memberId, double days, int year, int month) =>
        community.Host.Grains().GetGrain<IMemberGrain>(GrainKeys.Of(community.Id, memberId))
            .AddMonthlyScore(new ScoreEvent(Guid.NewGuid().ToString("N"), StarCategory.Learner, days, new DateTimeOffset(year, month, 10, 12, 0, 0, TimeSpan.Zero)));
}
