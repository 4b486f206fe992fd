using System.Text.Json.Nodes;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>vote-hot</c>: every member votes on one proposal and keeps changing their vote. Each member is driven by one
/// worker only, so the last acknowledged choice per member is known; afterwards the tally must equal those exactly.
/// </summary>
internal sealed class VoteHotScenario : IScenario
{
    internal static readonly string[] Choices = ["FOR", "AGAINST", "ABSTAIN"];
    private BenchRequest[][] _requests = [];
    private int[] _last = [];
    private int _failed;
    private int _concurrency;

    public string Name => "vote-hot";

    public int DefaultMembers => 1000;

    public bool HasBaseline => true;

    public IReadOnlyList<BenchRequest> Pool => [.. _requests.SelectMany(choices => choices)];

    public async Task Setup(ScenarioContext context)
    {
        _concurrency = context.Options.Concurrency;
        if (context.Members.Length < _concurrency)
        {
            throw new BenchSetupException($"vote-hot needs at least as many members ({context.Members.Length}) as --concurrency ({_concurrency}).");
        }

        await context.CreateCommunity();
        await context.CreateProposals(1);
        _last = Enumerable.Repeat(-1, context.Members.Length).ToArray();
        _requests = context.Members.Select((auth, member) => Choices.Select((choice, tag) => Vote(context, auth, member, tag)).ToArray()).ToArray();
    }

    public BenchRequest Next(int worker, Random random)
    {
        var slots = (_requests.Length - worker + _concurrency - 1) / _concurrency;
        var member = worker + _concurrency * random.Next(slots);
        return _requests[member][random.Next(Choices.Length)];
    }

    public void Completed(int worker, BenchRequest request, bool ok)
    {
        if (ok)
        {
            _last[request.Member] = request.Tag;
        }
        else
        {
            // The server may or may not have applied it: this member's final choice is unknown.
            Interlocked.Increment(ref _failed);
        }
    }

    /// <summary>
    /// wrk does not say which member's vote each answer acknowledged, so afterwards every member votes once more
    /// through the bench, one call per member at a time: a tally that drifted under wrk's load stays off by as much,
    /// and the check compares it with these last acknowledged choices.
    /// </summary>
    public Task Settle(ScenarioContext context)
    {
        var random = new Random(29);
        var choices = _requests.Select(_ => random.Next(Choices.Length)).ToArray();
        return context.ForEach("members voting once more", _requests.Length, async member =>
        {
            var vote = _requests[member][choices[member]];
            Completed(0, vote, await context.Client.Send(vote));
        });
    }

    public async Task<Verification?> Verify(ScenarioContext context)
    {
        var expected = new int[Choices.Length];
        foreach (var tag in _last.Where(t => t >= 0))
        {
            expected[tag]++;
        }

        var tally = await ReadTally(context, ScenarioContext.ProposalId(0));
        var actual = new[] { tally["for"]!.GetValue<int>(), tally["against"]!.GetValue<int>(), tally["abstain"]!.GetValue<int>() };
        var detail = $"tally for/against/abstain {actual[0]}/{actual[1]}/{actual[2]}, expected {expected[0]}/{expected[1]}/{expected[2]} from the last acknowledged vote of each of {_last.Count(t => t >= 0)} voters";
        return _failed > 0
            ? new Verification(false, $"inconclusive: {_failed} votes failed; {detail}")
            : new Verification(actual.SequenceEqual(expected) && tally["total"]!.GetValue<int>() == expected.Sum(), detail);
    }

    internal static async Task<JsonNode> ReadTally(ScenarioContext context, string proposalId) =>
        context.Baseline
            ? (await context.Client.Json(new BenchRequest(HttpMethod.Get, "/baseline/proposal/" + proposalId, context.Admin, null)))["tally"]!
            : (await context.Graph(context.Members[0], "query($id: ID!) { proposal(id: $id) { tally { for against abstain total } } }", new { id = proposalId }))["proposal"]!["tally"]!;

    internal static BenchRequest Vote(ScenarioContext context, System.Net.Http.Headers.AuthenticationHeaderValue auth, int member, int tag, string? proposalId = null)
    {
        var id = proposalId ?? ScenarioContext.ProposalId(0);
        return context.Baseline
            ? new BenchRequest(HttpMethod.Post, "/baseline/vote", auth, BenchClient.JsonBody(new { proposalId = id, choice = Choices[tag] }), member, tag)
            : ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody(
                "mutation($id: ID!, $choice: VoteChoice!) { castVote(input: {proposalId: $id, choice: $choice}) { id tally { total } } }",
                new { id, choice = Choices[tag] }), member, tag);
    }
}
