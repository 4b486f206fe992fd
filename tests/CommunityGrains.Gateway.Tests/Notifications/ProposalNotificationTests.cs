using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;

namespace CommunityGrains.Gateway.Tests.Notifications;

[Collection(HostCollection.Name)]
public sealed class ProposalNotificationTests(TestHost host)
{
    private const string Follow = "mutation($id: ID!, $f: Boolean) { followProposal(proposalId: $id, follow: $f) }";

    [Fact]
    public async Task The_author_and_followers_hear_of_a_status_change_and_the_mover_and_non_followers_do_not()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var follower = await steps.Community.Member("follower");
        var quitter = await steps.Community.Member("quitter");
        var bystander = await steps.Community.Member("bystander");
        (await follower.Send(Follow, new { id = proposal })).EnsureSuccess();
        (await quitter.Send(Follow, new { id = proposal })).EnsureSuccess();
        (await quitter.Send(Follow, new { id = proposal, f = false })).EnsureSuccess();

        (await steps.Score(steps.Moderator, proposal, 4, 4, 4)).EnsureSuccess();
        var told = await Poll(async () => (await follower.Kinds()).Count == 1);

        Assert.True(told);
        Assert.Equal(["PROPOSAL_STATUS", "BADGE_AWARDED"], await steps.Author.Kinds());
        Assert.Contains("is now SCREENING", (await follower.Inbox()).Get("notifications.nodes.0.text").GetString());
        Assert.Empty(await quitter.Kinds());
        Assert.Empty(await bystander.Kinds());
        Assert.Empty(await steps.Moderator.Kinds());
    }

    [Fact]
    public async Task A_badge_is_told_to_the_member_who_earns_it()
    {
        var steps = await ProposalSteps.Start(host);

        await steps.Submitted();

        Assert.Contains("BADGE_AWARDED", await steps.Author.Kinds());
    }

    [Fact]
    public async Task Following_a_proposal_one_cannot_see_is_refused()
    {
        var steps = await ProposalSteps.Start(host);
        var draft = await steps.Draft();
        var bob = await steps.Community.Member("bob");

        (await bob.Send(Follow, new { id = draft })).ExpectError("NOT_FOUND");
    }

    /// <summary>The fan-out runs after the mutation was answered.</summary>
    private static async Task<bool> Poll(Func<Task<bool>> done)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
