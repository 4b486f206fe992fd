using System.Collections.Concurrent;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>mixed</c>: a realistic day, mostly reads: 30% me, 25% a study group, 20% a proposal, 10% check-ins, 10% votes,
/// 5% feedback (each member sends one of two items, retried by client id). The check afterwards: every tally equals
/// the last acknowledged vote of each member, and sampled members' ledgers sum to their balances. Workers draw at
/// random, so two could send one member's votes on one proposal at once; the order of their acknowledgements need not
/// be the order the box applied them, which would leave the "last acknowledged" vote unknown. A member's next vote on a
/// proposal is therefore sent only after the previous one was answered (the worker reads the proposal instead).
/// </summary>
internal sealed class MixedScenario : IScenario
{
    private const int FeedbackPerMember = 2;
    private const int LedgersChecked = 20;

    private readonly ReadMeScenario _me = new();
    private readonly ConcurrentDictionary<(int Member, int Proposal), int> _lastVote = new();
    private readonly Dictionary<BenchRequest, int> _voteProposal = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(int Member, int Proposal), bool> _voting = new();
    private BenchRequest[] _groups = [];
    private BenchRequest[] _proposals = [];
    private BenchRequest[] _checkIns = [];
    private BenchRequest[] _votes = [];
    private BenchRequest[] _feedback = [];
    private int _proposalCount;
    private int _failedVotes;

    public string Name => "mixed";

    public int DefaultMembers => 1000;

    public bool HasBaseline => false;

    public async Task Setup(ScenarioContext context)
    {
        await _me.Setup(context);
        var groups = CheckInScenario.Groups(context);
        _proposalCount = context.Options.Proposals ?? 20;
        await context.CreateGroups(groups, CheckInScenario.GroupSize);
        await context.CreateProposals(_proposalCount);
        var members = context.Members;
        _groups = Enumerable.Range(0, groups)
            .Select(g => ScenarioContext.GraphQL(members[g % members.Length], BenchClient.GraphQLBody(ReadGroupScenario.Query, new { id = ScenarioContext.GroupId(g) })))
            .ToArray();
        _proposals = Enumerable.Range(0, _proposalCount)
            .Select(p => ScenarioContext.GraphQL(members[p % members.Length], BenchClient.GraphQLBody(ReadProposalScenario.Query, new { id = ScenarioContext.ProposalId(p) })))
            .ToArray();
        _checkIns = Enumerable.Range(0, groups * CheckInScenario.GroupSize)
            .Select(i => CheckInScenario.CheckIn(context, members[context.GroupMember(i / CheckInScenario.GroupSize, i % CheckInScenario.GroupSize, CheckInScenario.GroupSize)], i / CheckInScenario.GroupSize))
            .ToArray();
        var random = new Random(7);
        _votes = Enumerable.Range(0, 2048)
            .Select(i =>
            {
                var proposal = random.Next(_proposalCount);
                var vote = VoteHotScenario.Vote(context, members[i % members.Length], i % members.Length, random.Next(3), ScenarioContext.ProposalId(proposal));
                _voteProposal[vote] = proposal;
                return vote;
            })
            .ToArray();
        _feedback = Enumerable.Range(0, members.Length * FeedbackPerMember)
            .Select(i => ScenarioContext.GraphQL(members[i / FeedbackPerMember], BenchClient.GraphQLBody(
                "mutation($id: ID!) { submitFeedback(input: { id: $id, channel: APP, body: \"The venue was too warm.\" }) { id status } }",
                new { id = $"bench-{i}" })))
            .ToArray();
    }

    public BenchRequest Next(int worker, Random random) => random.Next(100) switch
    {
        < 30 => _me.Next(worker, random),
        < 55 => _groups[random.Next(_groups.Length)],
        < 75 => _proposals[random.Next(_proposals.Length)],
        < 85 => _checkIns[random.Next(_checkIns.Length)],
        < 95 => Vote(_votes[random.Next(_votes.Length)]),
        _ => _feedback[random.Next(_feedback.Length)],
    };

    private BenchRequest Vote(BenchRequest vote)
    {
        var proposal = _voteProposal[vote];
        return _voting.TryAdd((vote.Member, proposal), true) ? vote : _proposals[proposal];
    }

    public void Completed(int worker, BenchRequest request, bool ok)
    {
        if (!_voteProposal.TryGetValue(request, out var proposal))
        {
            return;
        }

        if (ok)
        {
            _lastVote[(request.Member, proposal)] = request.Tag;
        }
        else
        {
            Interlocked.Increment(ref _failedVotes);
        }

        _voting.TryRemove((request.Member, proposal), out _);
    }

    public async Task<Verification?> Verify(ScenarioContext context)
    {
        var wrongTallies = new List<string>();
        for (var p = 0; p < _proposalCount; p++)
        {
            var expected = new int[VoteHotScenario.Choices.Length];
            foreach (var ((_, proposal), tag) in _lastVote)
            {
                if (proposal == p)
                {
                    expected[tag]++;
                }
            }

            var tally = await VoteHotScenario.ReadTally(context, ScenarioContext.ProposalId(p));
            var actual = new[] { tally["for"]!.GetValue<int>(), tally["against"]!.GetValue<int>(), tally["abstain"]!.GetValue<int>() };
            if (!actual.SequenceEqual(expected))
            {
                wrongTallies.Add($"p{p} {string.Join('/', actual)} expected {string.Join('/', expected)}");
            }
        }

        var wrongLedgers = new List<string>();
        var step = Math.Max(1, context.Members.Length / LedgersChecked);
        for (var m = 0; m < context.Members.Length; m += step)
        {
            var (balance, sum) = await Ledger(context, m);
            if (balance != sum)
            {
                wrongLedgers.Add($"{ScenarioContext.MemberId(m)} balance {balance}, ledger {sum}");
            }
        }

        var detail = $"{_proposalCount} tallies against {_lastVote.Count} last acknowledged votes: {(wrongTallies.Count == 0 ? "all equal" : string.Join("; ", wrongTallies))}; " +
            $"{(context.Members.Length + step - 1) / step} ledgers: {(wrongLedgers.Count == 0 ? "each sums to its balance" : string.Join("; ", wrongLedgers))}";
        return _failedVotes > 0 && wrongLedgers.Count == 0
            ? new Verification(false, $"inconclusive: {_failedVotes} votes failed; {detail}")
            : new Verification(wrongTallies.Count == 0 && wrongLedgers.Count == 0, detail);
    }

    private static async Task<(int Balance, int Sum)> Ledger(ScenarioContext context, int member)
    {
        var sum = 0;
        string? after = null;
        while (true)
        {
            var me = (await context.Graph(context.Members[member],
                "query($after: String) { me { points pointsHistory(first: 100, after: $after) { edges { node { points } } pageInfo { hasNextPage endCursor } } } }",
                new { after }))["me"]!;
            var page = me["pointsHistory"]!;
            sum += page["edges"]!.AsArray().Sum(e => e!["node"]!["points"]!.GetValue<int>());
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return (me["points"]!.GetValue<int>(), sum);
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }
}
