using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class LeaderboardTests(TestHost host)
{
    private const string Overall = "query($month: String) { leaderboard(category: OVERALL, month: $month) { category month entries { rank score member { id } } } }";

    [Fact]
    public async Task The_overall_leaderboard_ranks_this_months_points_best_first()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        await community.Member("bo");
        await community.Give("ana", 30);
        await community.Give("bo", 50);
        await community.Give("ana", 5);

        var board = (await ana.Send(Overall, new { month = (string?)null })).EnsureSuccess();

        Assert.Equal(CommunityCalendar.For("Europe/Paris").MonthOf(host.Time.GetUtcNow()), board.Get("leaderboard.month").GetString());
        Assert.Equal([("bo", 50.0, 1), ("ana", 35.0, 2)], Entries(board));
    }

    [Fact]
    public async Task Equal_scores_rank_whoever_got_there_first_higher()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        await community.Member("bo");
        await community.Give("bo", 20);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        await community.Give("ana", 20);

        Assert.Equal(["bo", "ana"], Entries((await ana.Send(Overall, new { month = (string?)null })).EnsureSuccess()).Select(e => e.Member));
    }

    [Fact]
    public async Task Scores_in_other_categories_reach_their_own_leaderboard()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        var grain = host.Grains().GetGrain<IMemberGrain>(GrainKeys.Of(community.Id, "ana"));
        await grain.AddMonthlyScore(new ScoreEvent("learner:day1", StarCategory.Learner, 1, host.Time.GetUtcNow()));
        await grain.AddMonthlyScore(new ScoreEvent("learner:day2", StarCategory.Learner, 1, host.Time.GetUtcNow()));

        var board = (await ana.Send("{ leaderboard(category: LEARNER) { category entries { score member { id } } } }")).EnsureSuccess();

        Assert.Equal("LEARNER", board.Get("leaderboard.category").GetString());
        Assert.Equal(2.0, board.Get("leaderboard.entries.0.score").GetDouble());
    }

    [Fact]
    public async Task A_malformed_month_is_refused()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        (await ana.Send(Overall, new { month = "2026-13" })).ExpectError(ErrorCodes.BadUserInput);
        (await ana.Send(Overall, new { month = "2026/11" })).ExpectError(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Points_earned_after_midnight_in_Shanghai_count_for_the_next_month_there()
    {
        var community = await host.NewCommunity("Asia/Shanghai");
        var ana = await community.Member("ana");
        var calendar = CommunityCalendar.For("Asia/Shanghai");
        var month = calendar.MonthOf(host.Time.GetUtcNow());
        var next = CommunityCalendar.FormatMonth(CommunityCalendar.ParseMonth(month).AddMonths(1));
        // For November 2026 this is 2026-11-30T16:30Z: still November in UTC, already December in Shanghai.
        host.Time.SetUtcNow(calendar.EndOfMonth(month).AddMinutes(30));

        await community.Give("ana", 10);

        Assert.Empty(Entries((await ana.Send(Overall, new { month })).EnsureSuccess()));
        var later = (await ana.Send(Overall, new { month = (string?)null })).EnsureSuccess();
        Assert.Equal(next, later.Get("leaderboard.month").GetString());
        Assert.Equal([("ana", 10.0, 1)], Entries(later));
    }

    [Fact]
    public async Task Active_members_this_month_counts_each_member_who_earned_points_once()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        await community.Member("bo");
        await community.Member("idle");
        await community.Give("ana", 10);
        await community.Give("ana", 10);
        await community.Give("bo", 5);

        var stats = (await ana.Send("{ community { stats { activeMembersThisMonth } } }")).EnsureSuccess();

        Assert.Equal(2, stats.Get("community.stats.activeMembersThisMonth").GetInt32());
    }

    [Fact]
    public async Task Many_concurrent_pushes_to_one_board_keep_it_exact()
    {
        var community = await host.NewCommunity();
        var board = host.Grains().GetGrain<ILeaderboardGrain>(IncentiveKeys.Leaderboard(community.Id, StarCategory.Neighbor, "2026-01"));
        var at = host.Time.GetUtcNow();
        var pushes = Enumerable.Range(0, 1_000).Select(i => new LeaderboardPush($"m{i}", i % 300, at.AddSeconds(i % 7), FirstActive: false)).ToList();

        await Task.WhenAll(pushes.Select(board.Push));

        var expected = pushes.OrderByDescending(p => p.Score).ThenBy(p => p.ReachedAt).ThenBy(p => p.MemberId, StringComparer.Ordinal).Take(100).Select(p => p.MemberId);
        Assert.Equal(expected, (await board.Top(100)).Select(e => e.MemberId));
    }

    private static List<(string Member, double Score, int Rank)> Entries(GraphQLResponse response) =>
        response.Get("leaderboard.entries").EnumerateArray()
            .Select(e => (e.GetProperty("member").GetProperty("id").GetString()!, e.GetProperty("score").GetDouble(), e.GetProperty("rank").GetInt32()))
            .ToList();
}
