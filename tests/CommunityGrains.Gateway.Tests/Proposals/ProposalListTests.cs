using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Proposals;

[Collection(HostCollection.Name)]
public sealed class ProposalListTests(TestHost host)
{
    [Fact]
    public async Task Proposals_page_newest_first_with_a_total_count()
    {
        var steps = await ProposalSteps.Start(host);
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(1));
            ids.Add(await steps.Submitted());
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await steps.Author.Send("query($after: String) { proposals(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }", new { after })).EnsureSuccess();
            Assert.Equal(7, page.Get("proposals.totalCount").GetInt32());
            seen.AddRange(page.Get("proposals.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = page.Get("proposals.pageInfo.hasNextPage").GetBoolean() ? page.Get("proposals.pageInfo.endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(Enumerable.Reverse(ids), seen);
    }

    [Fact]
    public async Task Proposals_filter_by_status()
    {
        var steps = await ProposalSteps.Start(host);
        await steps.Submitted();
        var voting = await steps.Voting();

        var page = (await steps.Author.Send("{ proposals(status: VOTING) { totalCount nodes { id status } } }")).EnsureSuccess();

        Assert.Equal(1, page.Get("proposals.totalCount").GetInt32());
        Assert.Equal(voting, page.Get("proposals.nodes.0.id").GetString());
    }

    [Fact]
    public async Task Community_stats_count_proposals_by_status()
    {
        var steps = await ProposalSteps.Start(host);
        await steps.Draft();
        await steps.Submitted();
        await steps.Submitted();
        await steps.Adopted();

        var stats = (await steps.Author.Send("{ community { stats { proposalsByStatus { status count } } } }")).EnsureSuccess();
        var counts = stats.Get("community.stats.proposalsByStatus").EnumerateArray()
            .ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("count").GetInt32());

        Assert.Equal(10, counts.Count);
        Assert.Equal(1, counts["DRAFT"]);
        Assert.Equal(2, counts["SUBMITTED"]);
        Assert.Equal(1, counts["ADOPTED"]);
        Assert.Equal(0, counts["VOTING"]);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var steps = await ProposalSteps.Start(host);
        (await steps.Author.Send("""{ proposals(after: "bm9wZQ") { totalCount } }""")).ExpectError(Contracts.Common.ErrorCodes.BadUserInput);
    }
}
