using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>event-signin</c>: the doors open; every registered member signs in with the code on the screen, in turn, and
/// once all have, taps go on (a repeat sign-in changes nothing). Afterwards the event's attended count must equal the
/// members whose sign-in was acknowledged.
/// </summary>
internal sealed class EventSignInScenario : IScenario
{
    private BenchRequest[] _requests = [];
    private bool[] _signedIn = [];
    private int _next = -1;
    private int _failed;

    public string Name => "event-signin";

    public int DefaultMembers => 2000;

    public bool HasBaseline => false;

    public async Task Setup(ScenarioContext context)
    {
        var code = await MeetupSetup.LiveEventWithEveryoneRegistered(context);
        _signedIn = new bool[context.Members.Length];
        _requests = context.Members.Select((auth, member) => ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody(
            "mutation($id: ID!, $code: String!) { signInToEvent(eventId: $id, code: $code) { status } }",
            new { id = MeetupSetup.EventId, code }), member)).ToArray();
    }

    public BenchRequest Next(int worker, Random random) => _requests[(int)((uint)Interlocked.Increment(ref _next) % (uint)_requests.Length)];

    public void Completed(int worker, BenchRequest request, bool ok)
    {
        if (ok)
        {
            _signedIn[request.Member] = true;
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }
    }

    public async Task<Verification?> Verify(ScenarioContext context)
    {
        var expected = _signedIn.Count(s => s);
        var attended = await MeetupSetup.Attended(context);
        var detail = $"attended {attended}, expected {expected} members with an acknowledged sign-in of {_signedIn.Length}";
        return _failed > 0
            ? new Verification(false, $"inconclusive: {_failed} sign-ins failed; {detail}")
            : new Verification(attended == expected, detail);
    }
}
