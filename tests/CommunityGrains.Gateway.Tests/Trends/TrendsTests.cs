using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;
using CommunityGrains.Gateway.Tests.StudyGroups;

namespace CommunityGrains.Gateway.Tests.Trends;

[Collection(HostCollection.Name)]
public sealed class TrendsTests(TestHost host)
{
    private const string Zone = "Asia/Shanghai";
    private const string Trends = "query($f: Date, $t: Date) { communityTrends(from: $f, to: $t) { day activeMembers newMembers checkIns votes pointsEarned } }";

    [Fact]
    public async Task A_day_counts_its_new_and_active_members_check_ins_and_points_once_per_cause()
    {
        var community = await host.NewCommunity(Zone);
        var today = CommunityCalendar.FormatDate(CommunityCalendar.For(Zone).DateOf(host.Time.GetUtcNow()));
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        (await ana.CreateGroup("g1")).EnsureSuccess();
        (await ana.CheckIn("g1")).EnsureSuccess();
        (await ana.CheckIn("g1")).EnsureSuccess();
        await community.Give("ana", 7, key: "bonus-1");
        await community.Give("ana", 7, key: "bonus-1");

        var day = (await mod.Send(Trends, new { f = today, t = today })).EnsureSuccess();

        Assert.Equal(today, day.Get("communityTrends.0.day").GetString());
        Assert.Equal(3, day.Get("communityTrends.0.newMembers").GetInt32());
        Assert.Equal(3, day.Get("communityTrends.0.activeMembers").GetInt32());
        Assert.Equal(1, day.Get("communityTrends.0.checkIns").GetInt32());
        Assert.Equal(0, day.Get("communityTrends.0.votes").GetInt32());
        Assert.Equal(2 + 7, day.Get("communityTrends.0.pointsEarned").GetInt32());
    }

    [Fact]
    public async Task A_day_counts_every_comment_posted_and_every_item_resolved_once_however_often_they_are_sent()
    {
        var steps = await ProposalSteps.Start(host);
        var community = steps.Community;
        var today = CommunityCalendar.FormatDate(CommunityCalendar.For("Europe/Paris").DateOf(host.Time.GetUtcNow()));
        var proposal = await steps.Submitted();
        var ana = await community.Member("ana");
        (await ana.Comment(proposal, "Racks on both sides, please.", id: "trend-c1")).EnsureSuccess();
        (await ana.Comment(proposal, "Racks on both sides, please.", id: "trend-c1")).EnsureSuccess();
        (await ana.Comment(proposal, "And a roof over them.")).EnsureSuccess();
        (await steps.Author.Comment(proposal, "Good idea, added to the plan.")).EnsureSuccess();
        var resolved = await ana.SubmitId("The lift at the station is broken again.");
        await ana.SubmitId("There are too few benches in the park.");
        (await steps.Moderator.Resolve(resolved)).EnsureSuccess();
        (await steps.Moderator.Send("mutation($id: ID!) { addFeedbackNote(feedbackId: $id, text: \"Checked on site.\") { id } }", new { id = resolved })).EnsureSuccess();

        var day = (await steps.Moderator.Send(
            "query($f: Date, $t: Date) { communityTrends(from: $f, to: $t) { comments feedbackResolved } }",
            new { f = today, t = today })).EnsureSuccess();

        Assert.Equal(3, day.Get("communityTrends.0.comments").GetInt32());
        Assert.Equal(1, day.Get("communityTrends.0.feedbackResolved").GetInt32());
    }

    [Fact]
    public async Task The_default_period_is_the_last_30_days_ending_today_and_moderators_only()
    {
        var community = await host.NewCommunity(Zone);
        var mod = await community.Member("mo", Role.Moderator);
        var today = CommunityCalendar.For(Zone).DateOf(host.Time.GetUtcNow());

        var days = (await mod.Send("{ communityTrends { day } }")).EnsureSuccess().Get("communityTrends").EnumerateArray().Select(d => d.GetProperty("day").GetString()).ToList();

        Assert.Equal(30, days.Count);
        Assert.Equal(CommunityCalendar.FormatDate(today), days[^1]);
        Assert.Equal(CommunityCalendar.FormatDate(today.AddDays(-29)), days[0]);
        (await community.As("ana").Send("{ communityTrends { day } }")).ExpectError(ErrorCodes.Forbidden);
    }
}
