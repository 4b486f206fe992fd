using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Proposals;

/// <summary>Builds a community with an author and a moderator, and walks proposals to a given status over GraphQL.</summary>
public sealed class ProposalSteps(TestCommunity community, GraphQLClient author, GraphQLClient moderator)
{
    public const string Fields = "id title body tags budget status submittedAt feasibility innovation value votingClosesAt myVote decision decisionReason author { id } tally { proposalId for against abstain total } timeline { status note actor { id } }";

    public TestCommunity Community { get; } = community;

    public GraphQLClient Author { get; } = author;

    public GraphQLClient Moderator { get; } = moderator;

    public static async Task<ProposalSteps> Start(TestHost host)
    {
        var community = await host.NewCommunity();
        return new ProposalSteps(community, await community.Member("author"), await community.Member("mod", Role.Moderator));
    }

    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public async Task<GraphQLResponse> SaveDraft(GraphQLClient who, string? id, string title = "Bike racks at the station") =>
        await who.Send($"mutation($id: ID, $title: String!) {{ saveProposalDraft(input: {{ id: $id, title: $title, body: \"More racks near the north exit.\", tags: [\"Mobility\"], budget: 1200.5 }}) {{ {Fields} }} }}", new { id, title });

    public async Task<string> Draft(string? id = null)
    {
        var saved = (await SaveDraft(Author, id ?? Guid.NewGuid().ToString("N")[..12])).EnsureSuccess();
        return saved.Get("saveProposalDraft.id").GetString()!;
    }

    public async Task<string> Submitted()
    {
        var id = await Draft();
        (await Submit(Author, id)).EnsureSuccess();
        return id;
    }

    public async Task<string> Screening()
    {
        var id = await Submitted();
        (await Score(Moderator, id, 4, 3, 5)).EnsureSuccess();
        return id;
    }

    public async Task<string> Voting(TimeSpan? closesIn = null)
    {
        var id = await Screening();
        (await OpenVoting(Moderator, id, Community.Host.Time.GetUtcNow() + (closesIn ?? TimeSpan.FromDays(3)))).EnsureSuccess();
        return id;
    }

    public async Task<string> InReview()
    {
        var id = await Voting();
        (await Act(Moderator, "closeVoting", id)).EnsureSuccess();
        return id;
    }

    public async Task<string> Adopted()
    {
        var id = await InReview();
        (await Decide(Moderator, id, "ADOPTED", "Cheap and popular.")).EnsureSuccess();
        return id;
    }

    public Task<GraphQLResponse> Submit(GraphQLClient who, string id) => Act(who, "submitProposal", id);

    public Task<GraphQLResponse> Act(GraphQLClient who, string mutation, string id) =>
        who.Send($"mutation($id: ID!) {{ {mutation}(proposalId: $id) {{ {Fields} }} }}", new { id });

    public Task<GraphQLResponse> Score(GraphQLClient who, string id, int feasibility, int innovation, int value, string? comment = null) =>
        who.Send($"mutation($id: ID!, $f: Int!, $i: Int!, $v: Int!, $c: String) {{ scoreProposal(input: {{ proposalId: $id, feasibility: $f, innovation: $i, value: $v, comment: $c }}) {{ {Fields} screening {{ reviewer {{ id }} feasibility comment }} }} }}",
            new { id, f = feasibility, i = innovation, v = value, c = comment });

    public Task<GraphQLResponse> OpenVoting(GraphQLClient who, string id, DateTimeOffset closesAt) =>
        who.Send($"mutation($id: ID!, $at: DateTime!) {{ openVoting(input: {{ proposalId: $id, closesAt: $at }}) {{ {Fields} }} }}", new { id, at = Iso(closesAt) });

    public Task<GraphQLResponse> Vote(GraphQLClient who, string id, string choice) =>
        who.Send($"mutation($id: ID!, $choice: VoteChoice!) {{ castVote(input: {{ proposalId: $id, choice: $choice }}) {{ {Fields} }} }}", new { id, choice });

    public Task<GraphQLResponse> Decide(GraphQLClient who, string id, string decision, string reason) =>
        who.Send($"mutation($id: ID!, $d: Decision!, $r: String!) {{ decideProposal(input: {{ proposalId: $id, decision: $d, reason: $r }}) {{ {Fields} }} }}", new { id, d = decision, r = reason });

    public Task<GraphQLResponse> Implement(GraphQLClient who, string id, string status, string note) =>
        who.Send($"mutation($id: ID!, $s: ProposalStatus!, $n: String!) {{ updateImplementation(input: {{ proposalId: $id, status: $s, note: $n }}) {{ {Fields} }} }}", new { id, s = status, n = note });

    public Task<GraphQLResponse> Read(GraphQLClient who, string id) =>
        who.Send($"query($id: ID!) {{ proposal(id: $id) {{ {Fields} }} }}", new { id });
}
