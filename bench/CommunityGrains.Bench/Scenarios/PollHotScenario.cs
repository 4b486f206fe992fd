using System.Text.Json.Nodes;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>poll-hot</c>: every attendee votes in one live poll and keeps changing their vote, as <c>vote-hot</c> does for a
/// proposal. Each member is driven by one worker only, so the last acknowledged choice per member is known; afterwards
/// the poll's counts must equal those exactly.
/// </summary>
internal sealed class PollHotScenario : IScenario
{
    private const string PollId = "hot";
    private static readonly string[] Options = ["1", "2", "3"];
    private BenchRequest[][] _requests = [];
    private int[] _last = [];
    private int _failed;
    private int _concurrency;

    public string Name => "poll-hot";

    public int DefaultMembers => 1000;

    public bool HasBaseline => false;

    public async Task Setup(ScenarioContext context)
    {
        _concurrency = context.Options.Concurrency;
        if (context.Members.Length < _concurrency)
        {
            throw new BenchSetupException($"poll-hot needs at least as many members ({context.Members.Length}) as --concurrency ({_concurrency}).");
        }

        var code = await MeetupSetup.LiveEventWithEveryoneRegistered(context);
        await context.ForEach("attendees signed in", context.Members.Length, i =>
            context.Graph(context.Members[i], "mutation($id: ID!, $code: String!) { signInToEvent(eventId: $id, code: $code) { status } }", new { id = MeetupSetup.EventId, code }));
        await context.Graph(context.Moderator,
            "mutation($e: ID!, $p: ID!) { c: createPoll(input: {id: $p, eventId: $e, question: \"The most valuable suggestion?\", options: [{label: \"A\"}, {label: \"B\"}, {label: \"C\"}]}) { id } o: openPoll(pollId: $p) { id } }",
            new { e = MeetupSetup.EventId, p = PollId });
        _last = Enumerable.Repeat(-1, context.Members.Length).ToArray();
        _requests = context.Members.Select((auth, member) => Options.Select((option, tag) => ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody(
            "mutation($p: ID!, $o: ID!) { votePoll(pollId: $p, optionId: $o) { ballots } }", new { p = PollId, o = option }), member, tag)).ToArray()).ToArray();
    }

    public BenchRequest Next(int worker, Random random)
    {
        var slots = (_requests.Length - worker + _concurrency - 1) / _concurrency;
        var member = worker + _concurrency * random.Next(slots);
        return _requests[member][random.Next(Options.Length)];
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

    public async Task<Verification?> Verify(ScenarioContext context)
    {
        var expected = new int[Options.Length];
        foreach (var tag in _last.Where(t => t >= 0))
        {
            expected[tag]++;
        }

        var poll = (await context.Graph(context.Moderator, "query($p: ID!) { poll(id: $p) { ballots options { votes } } }", new { p = PollId }))["poll"]!;
        var actual = poll["options"]!.AsArray().Select(o => o!["votes"]!.GetValue<int>()).ToArray();
        var detail = $"votes {string.Join("/", actual)}, expected {string.Join("/", expected)} from the last acknowledged vote of each of {_last.Count(t => t >= 0)} voters";
        return _failed > 0
            ? new Verification(false, $"inconclusive: {_failed} votes failed; {detail}")
            : new Verification(actual.SequenceEqual(expected) && poll["ballots"]!.GetValue<int>() == expected.Sum(), detail);
    }
}
