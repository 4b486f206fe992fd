using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;

namespace CommunityGrains.Gateway.Tests.Discussion;

[Collection(HostCollection.Name)]
public sealed class DiscussionPointsTests(TestHost host)
{
    [Fact]
    public async Task Points_come_once_per_thread_per_day()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var before = await bob.Points();

        (await bob.Comment(proposal, "One")).EnsureSuccess();
        (await bob.Comment(proposal, "Two")).EnsureSuccess();

        Assert.Equal(before + 5, await bob.Points());
    }

    [Fact]
    public async Task At_most_the_communitys_daily_number_of_comments_earn_and_the_next_day_earns_again()
    {
        var steps = await ProposalSteps.Start(host);
        var proposals = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            proposals.Add(await steps.Submitted());
        }

        var bob = await steps.Community.Member("bob");
        var before = await bob.Points();
        foreach (var proposal in proposals)
        {
            (await bob.Comment(proposal, "My two cents")).EnsureSuccess();
        }

        var afterOneDay = await bob.Points();
        host.Time.Advance(TimeSpan.FromDays(1));
        (await bob.Comment(proposals[0], "Next day")).EnsureSuccess();

        Assert.Equal(before + 15, afterOneDay);
        Assert.Equal(afterOneDay + 5, await bob.Points());
    }

    [Fact]
    public async Task The_daily_number_and_the_rule_are_the_communitys()
    {
        var steps = await ProposalSteps.Start(host);
        (await steps.Community.Admin.Send("mutation { configureCommunity(input: { discussionPointsPerDay: 1, pointRules: [{ action: DISCUSSION, points: 7 }] }) { discussionPointsPerDay } }")).EnsureSuccess();
        var first = await steps.Submitted();
        var second = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var before = await bob.Points();

        (await bob.Comment(first, "Counted")).EnsureSuccess();
        (await bob.Comment(second, "Not counted")).EnsureSuccess();

        Assert.Equal(before + 7, await bob.Points());
        Assert.Equal(1, (await bob.Send("{ community { discussionPointsPerDay } }")).EnsureSuccess().Get("community.discussionPointsPerDay").GetInt32());
    }

    [Fact]
    public async Task A_negative_daily_number_is_refused()
    {
        var community = await host.NewCommunity();

        var message = (await community.Admin.Send("mutation { configureCommunity(input: { discussionPointsPerDay: -1 }) { discussionPointsPerDay } }")).ExpectError("BAD_USER_INPUT");

        Assert.Contains("input.discussionPointsPerDay", message);
    }
}
