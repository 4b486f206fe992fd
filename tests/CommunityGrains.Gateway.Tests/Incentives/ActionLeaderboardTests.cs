using CommunityGrains.Domain.Help;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Help;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;

namespace CommunityGrains.Gateway.Tests.Incentives;

/// <summary>
/// The NEIGHBOR and CO_CREATOR boards fed by the actions themselves, sent over GraphQL as members would send them:
/// no score is injected, so a capability that stops pushing its score fails here.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ActionLeaderboardTests(TestHost host)
{
    // The CO_CREATOR amounts the grains push (ProposalGrain.Effects.cs, FeedbackGrain.cs): one per proposal
    // submitted, three more when it is adopted, one per feedback item resolved.
    private const double ProposalSubmitted = 1;
    private const double ProposalAdopted = 3;
    private const double FeedbackResolved = 1;

    private const string Board = "query($category: StarCategory!) { leaderboard(category: $category) { category entries { rank score member { id } } } }";

    [Fact]
    public async Task Completed_and_rated_helps_rank_helpers_on_the_neighbor_board()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        var bo = await community.Member("bo");
        var cy = await community.Member("cy");

        var first = await HelpRequests.Completed(ana, bo, "bo");
        var second = await HelpRequests.Completed(ana, bo, "bo");
        await HelpRequests.Completed(ana, cy, "cy");
        (await ana.Rate(first, 5)).EnsureSuccess();
        (await ana.Rate(second, 2)).EnsureSuccess();

        var board = Entries(await ana.Send(Board, new { category = "NEIGHBOR" }));

        // bo: two helps completed, rated 5 and 2 stars (1 + 1 + 1 + 0.25 = 3.25); cy: one help, never rated.
        var boScore = 2 * NeighborScore.OnCompletion + NeighborScore.ForRating(5) + NeighborScore.ForRating(2);
        Assert.Equal([("bo", boScore, 1), ("cy", NeighborScore.OnCompletion, 2)], board);
    }

    [Fact]
    public async Task Submitted_and_adopted_proposals_and_resolved_feedback_rank_members_on_the_co_creator_board()
    {
        var steps = await ProposalSteps.Start(host);
        var fay = await steps.Community.Member("fay");
        await steps.Adopted();
        await steps.Submitted();
        await steps.Draft();
        (await steps.Moderator.Resolve(await steps.Author.SubmitId("The map shows the old entrance."))).EnsureSuccess();
        (await steps.Moderator.Resolve(await fay.SubmitId("The lift is out of order."))).EnsureSuccess();
        await fay.SubmitId("Please add more benches.");

        var board = Entries(await fay.Send(Board, new { category = "CO_CREATOR" }));

        // The author: two proposals submitted, one adopted, one feedback item resolved (the draft counts nothing);
        // fay: one item resolved, the other still open.
        var authorScore = 2 * ProposalSubmitted + ProposalAdopted + FeedbackResolved;
        Assert.Equal([("author", authorScore, 1), ("fay", FeedbackResolved, 2)], board);
    }

    private static List<(string Member, double Score, int Rank)> Entries(GraphQLResponse response) =>
        response.EnsureSuccess().Get("leaderboard.entries").EnumerateArray()
            .Select(e => (e.GetProperty("member").GetProperty("id").GetString()!, e.GetProperty("score").GetDouble(), e.GetProperty("rank").GetInt32()))
            .ToList();
}
