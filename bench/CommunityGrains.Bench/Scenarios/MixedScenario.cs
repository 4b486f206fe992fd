using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>mixed</c>: a realistic day, mostly reads, with every capability in the mix: 24% me, 20% a study group, 15% a
/// proposal, 10% check-ins, 10% votes, 4% feedback, 4% comments, 4% the notification inbox, 3% reward redemptions,
/// 3% registering for and cancelling a meetup, 3% help requests. Feedback, comments, redemptions and help requests
/// carry client ids and are drawn again at random, so many are retries. The check afterwards: every tally equals the
/// last acknowledged vote of each member; the meetup's seats and waitlist equal the members whose last acknowledged
/// request registered them; the threads count each acknowledged comment once; the reward's stock plus the acknowledged
/// redemptions is what was added; sampled members' help requests are the acknowledged ones and their ledgers sum to
/// their balances.
/// </summary>
internal sealed class MixedScenario : IScenario
{
    private const int FeedbackPerMember = 2;
    private const int CommentsPerMember = 8;
    private const int RedemptionsPerMember = 8;
    private const int HelpPerMember = 2;
    private const int Sampled = 20;
    private const int RewardStock = 100_000;
    private const string RewardId = "bench-reward";
    private const string EventId = "bench-meetup";
    private const int Register = 0;
    private const int Cancel = 1;

    /// <summary>Enough for every redemption a member can make (each costs 1), whatever else they earn.</summary>
    private const int WelcomePoints = RedemptionsPerMember;

    private readonly ReadMeScenario _me = new(WelcomePoints);
    private readonly Dictionary<BenchRequest, (Kind Kind, int Key)> _tracked = new(ReferenceEqualityComparer.Instance);
    private readonly LatestPerKey<(int Member, int Proposal)> _votes = new();
    private readonly LatestPerKey<int> _registrations = new();
    private readonly AcknowledgedIds _comments = new();
    private readonly AcknowledgedIds _redemptions = new();
    private readonly AcknowledgedIds _help = new();
    private BenchRequest[] _groups = [];
    private BenchRequest[] _proposals = [];
    private BenchRequest[] _checkIns = [];
    private BenchRequest[] _voteRequests = [];
    private BenchRequest[] _feedback = [];
    private BenchRequest[] _commentRequests = [];
    private BenchRequest[] _inboxes = [];
    private BenchRequest[] _redeemRequests = [];
    private BenchRequest[] _helpRequests = [];
    private BenchRequest[][] _registrationRequests = [];
    private int _proposalCount;
    private int _capacity;

    private enum Kind
    {
        Vote,
        Registration,
        Comment,
        Redemption,
        Help,
    }

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
        // A quarter of the members, so that registrations and cancellations keep a waitlist moving.
        _capacity = Math.Max(1, members.Length / 4);
        var startsAt = DateTimeOffset.UtcNow.AddDays(1);
        await context.Graph(context.Moderator,
            "mutation($id: ID!, $s: DateTime!, $e: DateTime!, $n: Int!, $r: ID!, $stock: Int!) { c: createEvent(input: {id: $id, title: \"Mixed meetup\", format: ONLINE, startsAt: $s, endsAt: $e, capacity: $n}) { id } p: publishEvent(eventId: $id) { id } r: addReward(input: {id: $r, name: \"Sticker\", cost: 1, stock: $stock}) { id } }",
            new { id = EventId, s = startsAt, e = startsAt.AddHours(3), n = _capacity, r = RewardId, stock = RewardStock });

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
        _voteRequests = Enumerable.Range(0, 2048)
            .Select(i =>
            {
                var proposal = random.Next(_proposalCount);
                return Track(VoteHotScenario.Vote(context, members[i % members.Length], i % members.Length, random.Next(3), ScenarioContext.ProposalId(proposal)), Kind.Vote, proposal);
            })
            .ToArray();
        _feedback = Enumerable.Range(0, members.Length * FeedbackPerMember)
            .Select(i => ScenarioContext.GraphQL(members[i / FeedbackPerMember], BenchClient.GraphQLBody(
                "mutation($id: ID!) { submitFeedback(input: { id: $id, channel: APP, body: \"The venue was too warm.\" }) { id status } }",
                new { id = $"bench-{i}" })))
            .ToArray();
        _commentRequests = Enumerable.Range(0, members.Length * CommentsPerMember)
            .Select(i => Track(ScenarioContext.GraphQL(members[i % members.Length], BenchClient.GraphQLBody(
                "mutation($id: ID!, $p: ID!, $body: String!) { postComment(input: { id: $id, subject: PROPOSAL, subjectId: $p, body: $body }) { id } }",
                new { id = $"bench-c{i}", p = ScenarioContext.ProposalId(i % _proposalCount), body = $"Comment {i} from the mixed day" }), i % members.Length), Kind.Comment, i))
            .ToArray();
        _inboxes = members
            .Select(auth => ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody("{ notifications(first: 5) { nodes { kind } } }")))
            .ToArray();
        _redeemRequests = Enumerable.Range(0, members.Length * RedemptionsPerMember)
            .Select(i => Track(ScenarioContext.GraphQL(members[i % members.Length], BenchClient.GraphQLBody(
                "mutation($id: ID!, $r: ID!) { redeemReward(input: { id: $id, rewardId: $r }) { id } }",
                new { id = $"bench-r{i}", r = RewardId }), i % members.Length), Kind.Redemption, i))
            .ToArray();
        _helpRequests = Enumerable.Range(0, members.Length * HelpPerMember)
            .Select(i => Track(ScenarioContext.GraphQL(members[i % members.Length], BenchClient.GraphQLBody(
                "mutation($id: ID!, $t: String!) { postHelpRequest(input: { id: $id, kind: NEED, title: $t, description: \"Carrying a sofa upstairs.\", location: { latitude: 31.23, longitude: 121.47 } }) { id } }",
                new { id = $"bench-h{i}", t = $"Help {i}" }), i % members.Length), Kind.Help, i))
            .ToArray();
        _registrationRequests = members
            .Select((auth, member) => new[]
            {
                Track(ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody("mutation($id: ID!) { registerForEvent(eventId: $id) { status } }", new { id = EventId }), member, Register), Kind.Registration, member),
                Track(ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody("mutation($id: ID!) { cancelRegistration(eventId: $id) { status } }", new { id = EventId }), member, Cancel), Kind.Registration, member),
            })
            .ToArray();

        if (context.Options.Prefill)
        {
            BenchRequest[] creating = [.. _feedback, .. _commentRequests, .. _redeemRequests, .. _helpRequests];
            await context.ForEach("items created ahead", creating.Length, async i => Completed(0, creating[i], await context.Client.Send(creating[i])));
        }
    }

    public BenchRequest Next(int worker, Random random) => random.Next(100) switch
    {
        < 24 => _me.Next(worker, random),
        < 44 => _groups[random.Next(_groups.Length)],
        < 59 => _proposals[random.Next(_proposals.Length)],
        < 69 => _checkIns[random.Next(_checkIns.Length)],
        < 79 => Vote(_voteRequests[random.Next(_voteRequests.Length)]),
        < 83 => _feedback[random.Next(_feedback.Length)],
        < 87 => _commentRequests[random.Next(_commentRequests.Length)],
        < 91 => _inboxes[random.Next(_inboxes.Length)],
        < 94 => _redeemRequests[random.Next(_redeemRequests.Length)],
        < 97 => Registration(random.Next(_registrationRequests.Length), worker, random),
        _ => _helpRequests[random.Next(_helpRequests.Length)],
    };

    public void Completed(int worker, BenchRequest request, bool ok)
    {
        if (!_tracked.TryGetValue(request, out var tracked))
        {
            return;
        }

        switch (tracked.Kind)
        {
            case Kind.Vote:
                _votes.Completed((request.Member, tracked.Key), request.Tag, ok);
                break;
            case Kind.Registration:
                _registrations.Completed(request.Member, request.Tag, ok);
                break;
            case Kind.Comment:
                _comments.Completed(tracked.Key, request.Member, ok);
                break;
            case Kind.Redemption:
                _redemptions.Completed(tracked.Key, request.Member, ok);
                break;
            case Kind.Help:
                _help.Completed(tracked.Key, request.Member, ok);
                break;
        }
    }

    public async Task<Verification?> Verify(ScenarioContext context)
    {
        var wrong = new List<string>();
        var details = new List<string>
        {
            await CheckTallies(context, wrong),
            await CheckMeetup(context, wrong),
            await CheckComments(context, wrong),
            await CheckReward(context, wrong),
            await CheckSampledMembers(context, wrong),
        };
        var detail = string.Join("; ", details) + (wrong.Count == 0 ? "" : "; wrong: " + string.Join("; ", wrong));
        var unknown = _votes.Failed + _registrations.Failed + _comments.Unknown + _redemptions.Unknown + _help.Unknown;
        return unknown > 0
            ? new Verification(false, $"inconclusive: {unknown} changes failed and were not acknowledged later; {detail}")
            : new Verification(wrong.Count == 0, detail);
    }

    private BenchRequest Track(BenchRequest request, Kind kind, int key)
    {
        _tracked[request] = (kind, key);
        return request;
    }

    private BenchRequest Vote(BenchRequest vote)
    {
        var proposal = _tracked[vote].Key;
        return _votes.TryStart((vote.Member, proposal)) ? vote : _proposals[proposal];
    }

    /// <summary>A member not waiting for an answer registers, or cancels when their last acknowledged request registered them.</summary>
    private BenchRequest Registration(int member, int worker, Random random) =>
        _registrations.TryStart(member)
            ? _registrationRequests[member][_registrations.LastOf(member) == Register ? Cancel : Register]
            : _me.Next(worker, random);

    private async Task<string> CheckTallies(ScenarioContext context, List<string> wrong)
    {
        var last = _votes.Last.ToList();
        for (var p = 0; p < _proposalCount; p++)
        {
            var expected = new int[VoteHotScenario.Choices.Length];
            foreach (var ((_, proposal), tag) in last)
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
                wrong.Add($"p{p} tally {string.Join('/', actual)} expected {string.Join('/', expected)}");
            }
        }

        return $"{_proposalCount} tallies against {last.Count} last acknowledged votes";
    }

    private async Task<string> CheckMeetup(ScenarioContext context, List<string> wrong)
    {
        var registering = _registrations.Last.Count(entry => entry.Value == Register);
        var meetup = (await context.Graph(context.Moderator, "query($id: ID!) { event(id: $id) { registered waitlisted } }", new { id = EventId }))["event"]!;
        var (registered, waitlisted) = (meetup["registered"]!.GetValue<int>(), meetup["waitlisted"]!.GetValue<int>());
        var seated = Math.Min(_capacity, registering);
        if (registered != seated || waitlisted != registering - seated)
        {
            wrong.Add($"meetup {registered} registered and {waitlisted} waitlisted, expected {seated} and {registering - seated}");
        }

        return $"meetup of {_capacity} seats against {registering} members last registered";
    }

    private async Task<string> CheckComments(ScenarioContext context, List<string> wrong)
    {
        var counted = 0;
        for (var p = 0; p < _proposalCount; p++)
        {
            counted += (await context.Graph(context.Members[0], "query($id: ID!) { thread(subject: PROPOSAL, subjectId: $id) { commentCount } }",
                new { id = ScenarioContext.ProposalId(p) }))["thread"]!["commentCount"]!.GetValue<int>();
        }

        if (counted != _comments.Acknowledged)
        {
            wrong.Add($"threads count {counted} comments");
        }

        return $"{_comments.Acknowledged} acknowledged comments";
    }

    private async Task<string> CheckReward(ScenarioContext context, List<string> wrong)
    {
        var rewards = (await context.Graph(context.Members[0], "{ rewards { id stock } }"))["rewards"]!.AsArray();
        var stock = rewards.Single(r => r!["id"]!.GetValue<string>() == RewardId)!["stock"]!.GetValue<int>();
        if (stock + _redemptions.Acknowledged != RewardStock)
        {
            wrong.Add($"reward stock {stock} after {_redemptions.Acknowledged} redemptions of {RewardStock}");
        }

        return $"{_redemptions.Acknowledged} acknowledged redemptions";
    }

    /// <summary>One pass over the sampled members: their help requests are the acknowledged ones, their ledgers sum to their balances.</summary>
    private async Task<string> CheckSampledMembers(ScenarioContext context, List<string> wrong)
    {
        var step = Math.Max(1, context.Members.Length / Sampled);
        for (var m = 0; m < context.Members.Length; m += step)
        {
            var posted = (await context.Graph(context.Members[m], "{ myHelpRequests(first: 1) { totalCount } }"))["myHelpRequests"]!["totalCount"]!.GetValue<int>();
            if (posted != _help.AcknowledgedBy(m))
            {
                wrong.Add($"{ScenarioContext.MemberId(m)} has {posted} help requests, {_help.AcknowledgedBy(m)} acknowledged");
            }

            var (balance, sum) = await Ledger(context, m);
            if (balance != sum)
            {
                wrong.Add($"{ScenarioContext.MemberId(m)} balance {balance}, ledger {sum}");
            }
        }

        return $"{(context.Members.Length + step - 1) / step} sampled members' help requests and ledgers";
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
