using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Proposals;

/// <summary>proposalTally over graphql-transport-ws on a real socket.</summary>
public sealed class ProposalTallySubscriptionTests(KestrelTestHost host) : IClassFixture<KestrelTestHost>
{
    private const string TallyFeed = "subscription($id: ID!) { proposalTally(proposalId: $id) { proposalId for against abstain total } }";

    [Fact]
    public async Task Each_vote_pushes_the_new_tally_to_a_subscriber()
    {
        var steps = await ProposalSteps.Start(host);
        var proposalId = await steps.Voting();
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, steps.Author.Token!);
        await socket.Subscribe("tally", TallyFeed, new { id = proposalId });
        await socket.Barrier();

        (await steps.Vote(ann, proposalId, "FOR")).EnsureSuccess();
        var first = Tally(await socket.Receive());
        (await steps.Vote(ben, proposalId, "AGAINST")).EnsureSuccess();
        var second = Tally(await socket.Receive());

        Assert.Equal((proposalId, 1, 0, 1), (first.GetProperty("proposalId").GetString(), first.GetProperty("for").GetInt32(), first.GetProperty("against").GetInt32(), first.GetProperty("total").GetInt32()));
        Assert.Equal((1, 1, 2), (second.GetProperty("for").GetInt32(), second.GetProperty("against").GetInt32(), second.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task Subscribing_to_a_proposal_that_does_not_exist_answers_NOT_FOUND_and_completes()
    {
        var steps = await ProposalSteps.Start(host);
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, steps.Author.Token!);

        await socket.Subscribe("tally", TallyFeed, new { id = "no-such-proposal" });
        var next = await socket.Receive();
        var complete = await socket.Receive();

        Assert.Equal(ErrorCodes.NotFound, next.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
    }

    private static JsonElement Tally(JsonElement next)
    {
        Assert.Equal("next", next.GetProperty("type").GetString());
        return next.GetProperty("payload").GetProperty("data").GetProperty("proposalTally");
    }
}
