using System.Diagnostics;
using System.Globalization;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>comment-hot</c>: every member comments on one proposal (1,000 by default). Afterwards the thread must count exactly
/// the acknowledged comments; then every member follows the proposal, the moderator closes its voting, and the check
/// reports how long that mutation took and how long until the change reached a sample of followers' inboxes
/// (the fan-out runs after the answer).
/// </summary>
internal sealed class CommentHotScenario : IScenario
{
    private const int Sample = 50;
    private int _acknowledged;
    private int _failed;
    private int _concurrency;
    private int _sequence;
    private System.Net.Http.Headers.AuthenticationHeaderValue[] _members = [];

    public string Name => "comment-hot";

    public int DefaultMembers => 1000;

    public bool HasBaseline => false;

    public async Task Setup(ScenarioContext context)
    {
        _concurrency = context.Options.Concurrency;
        _members = context.Members;
        await context.CreateCommunity();
        await context.CreateProposals(1);
    }

    public BenchRequest Next(int worker, Random random)
    {
        var slots = Math.Max(1, (_members.Length - worker + _concurrency - 1) / _concurrency);
        var member = Math.Min(_members.Length - 1, worker + _concurrency * random.Next(slots));
        var n = Interlocked.Increment(ref _sequence);
        return ScenarioContext.GraphQL(_members[member], BenchClient.GraphQLBody(
            "mutation($id: ID!, $body: String!) { postComment(input: { subject: PROPOSAL, subjectId: $id, body: $body }) { id } }",
            new { id = ScenarioContext.ProposalId(0), body = "Comment " + n.ToString(CultureInfo.InvariantCulture) + " on the bench proposal" }), member);
    }

    public void Completed(int worker, BenchRequest request, bool ok)
    {
        if (ok)
        {
            Interlocked.Increment(ref _acknowledged);
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }
    }

    public async Task<Verification?> Verify(ScenarioContext context)
    {
        var proposal = ScenarioContext.ProposalId(0);
        var count = (await context.Graph(context.Members[0], "query($id: ID!) { thread(subject: PROPOSAL, subjectId: $id) { commentCount } }", new { id = proposal }))["thread"]!["commentCount"]!.GetValue<int>();
        var detail = $"thread counts {count} comments, {_acknowledged} acknowledged";

        await context.ForEach("followers", context.Members.Length, i =>
            context.Graph(context.Members[i], "mutation($id: ID!) { followProposal(proposalId: $id) }", new { id = proposal }));
        var clock = Stopwatch.StartNew();
        await context.Graph(context.Moderator, "mutation($id: ID!) { closeVoting(proposalId: $id) { id } }", new { id = proposal });
        var answeredIn = clock.Elapsed;
        var sample = Enumerable.Range(0, Sample).Select(i => context.Members[i * context.Members.Length / Sample]).ToList();
        var told = 0;
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var inboxes = await Task.WhenAll(sample.Select(m => context.Graph(m, "{ notifications(first: 5) { nodes { kind } } }")));
            told = inboxes.Count(i => i["notifications"]!["nodes"]!.AsArray().Any(n => n!["kind"]!.GetValue<string>() == "PROPOSAL_STATUS"));
            if (told == Sample)
            {
                break;
            }

            await Task.Delay(100);
        }

        detail += $"; closeVoting with {context.Members.Length:N0} followers answered in {answeredIn.TotalMilliseconds:F0} ms, {told}/{Sample} sampled followers told after {clock.Elapsed.TotalSeconds:F1} s";
        return _failed > 0
            ? new Verification(false, $"inconclusive: {_failed} comments failed; {detail}")
            : new Verification(count == _acknowledged && told == Sample, detail);
    }
}
