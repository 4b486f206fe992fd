using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Tests.Infrastructure;

namespace CommunityGrains.Grains.Tests.Members;

[Collection(ClusterCollection.Name)]
public sealed class MemberGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_retried_award_is_applied_once()
    {
        var member = await Joined("retry");

        var awards = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => member.Award(new PointAward("suggestion:p1", PointAction.Suggestion, "Suggested"))));

        Assert.Single(awards, a => a.Applied);
        Assert.Equal(10, (await member.GetJoined()).Points);
    }

    [Fact]
    public async Task Awards_to_a_member_who_has_not_joined_are_refused()
    {
        var community = await fixture.NewCommunity();
        var stranger = fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, "ghost"));

        var refused = await Assert.ThrowsAsync<DomainException>(() => stranger.Award(new PointAward("k", PointAction.Vote, "Voted")));
        Assert.Equal(ErrorCodes.NotFound, refused.Code);
    }

    [Fact]
    public async Task A_member_acts_only_as_themself()
    {
        var community = await fixture.NewCommunity();
        var member = fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, "bob"));

        var refused = await Assert.ThrowsAsync<DomainException>(() => member.Join(new Actor(community, "mallory", Role.Admin), new JoinCommunity("Bob", null, null)));
        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
    }

    [Fact]
    public async Task The_member_keeps_a_bounded_window_of_recent_entries_and_archives_the_rest()
    {
        var member = await Joined("archiver");
        for (var i = 1; i <= LedgerWindow.Keep + LedgerWindow.ArchiveBatch + 5; i++)
        {
            await member.Award(new PointAward($"a{i}", PointAction.Adjustment, $"entry {i}", 1));
        }

        var page = await member.PointsHistory(100, null);

        Assert.Equal(LedgerWindow.Keep + LedgerWindow.ArchiveBatch + 5, page.TotalCount);
        Assert.Equal(Enumerable.Range(6, 100).Reverse(), page.Items.Select(i => (int)i.Node.Sequence));
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task Monthly_scores_need_a_joined_member()
    {
        var community = await fixture.NewCommunity();
        var stranger = fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, "x"));

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            stranger.AddMonthlyScore(new ScoreEvent("k", StarCategory.Learner, 1, ClusterFixture.Time.GetUtcNow())));

        Assert.Equal(ErrorCodes.NotFound, refused.Code);
    }

    [Fact]
    public async Task An_award_stores_its_scores_once_each_and_a_retry_counts_the_member_active_once()
    {
        var member = await Joined("learner");
        var community = GrainKey.Parse(member.GetPrimaryKeyString()).CommunityId;
        var at = ClusterFixture.Time.GetUtcNow();
        var learning = new ScoreEvent("learner:day1", StarCategory.Learner, 1, at);

        await member.Award(new PointAward("checkin:g1:day1", PointAction.CheckIn, "Checked in", Scores: [learning]));
        var retry = await member.Award(new PointAward("checkin:g1:day1", PointAction.CheckIn, "Checked in", Scores: [learning]));
        await member.Award(new PointAward("checkin:g2:day1", PointAction.CheckIn, "Checked in", Scores: [learning]));

        var month = CommunityCalendar.For("Europe/Paris").MonthOf(at);
        Assert.False(retry.Applied);
        Assert.Equal(1, await member.AsReference<IMemberIncentivesGrain>().MonthlyScoreOf(month, StarCategory.Learner));
        Assert.Equal(1, await Board(community, StarCategory.Learner, month).ScoreOf("learner"));
        Assert.Equal(4, await Board(community, StarCategory.Overall, month).ScoreOf("learner"));
        Assert.Equal(1, await Board(community, StarCategory.Overall, month).ActiveMembers());
    }

    private ILeaderboardGrain Board(string community, StarCategory category, string month) =>
        fixture.Grains.GetGrain<ILeaderboardGrain>(IncentiveKeys.Leaderboard(community, category, month));

    private async Task<IMemberGrain> Joined(string memberId)
    {
        var community = await fixture.NewCommunity();
        var member = fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, memberId));
        await member.Join(new Actor(community, memberId, Role.Member), new JoinCommunity(memberId, null, null));
        return member;
    }
}
