using System.Net.Http.Headers;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>checkin</c>: members of many study groups check in, each member and group once (the first check-in of the day,
/// which moves streaks and awards points), in a shuffled order. Only when every pair has checked in do repeats follow
/// (they only update the note); the check reports how many of the measured operations were first check-ins.
/// </summary>
internal sealed class CheckInScenario : IScenario
{
    public const int GroupSize = 5;
    private BenchRequest[] _requests = [];
    private int _next = -1;

    public string Name => "checkin";

    public int DefaultMembers => 3000;

    public bool HasBaseline => true;

    public IReadOnlyList<BenchRequest> Pool => _requests;

    public bool SendsEachOnce => true;

    public static int Groups(ScenarioContext context) => context.Options.Groups ?? Math.Max(1, context.Members.Length / GroupSize);

    public async Task Setup(ScenarioContext context)
    {
        await context.CreateCommunity();
        var groups = Groups(context);
        await context.CreateGroups(groups, GroupSize);
        _requests = Enumerable.Range(0, groups * GroupSize)
            .Select(i => CheckIn(context, context.Members[context.GroupMember(i / GroupSize, i % GroupSize, GroupSize)], i / GroupSize))
            .ToArray();
        new Random(11).Shuffle(_requests);
    }

    public BenchRequest Next(int worker, Random random) => _requests[(int)((uint)Interlocked.Increment(ref _next) % (uint)_requests.Length)];

    public Task<Verification?> Verify(ScenarioContext context)
    {
        var sent = _next + 1;
        var detail = sent <= _requests.Length
            ? $"all {sent} check-ins were first check-ins of the day ({_requests.Length} member-group pairs)"
            : $"{_requests.Length} first check-ins, then {sent - _requests.Length} repeats: use more --members to measure first check-ins only";
        return Task.FromResult<Verification?>(new Verification(true, detail));
    }

    internal static BenchRequest CheckIn(ScenarioContext context, AuthenticationHeaderValue auth, int group) =>
        context.Baseline
            ? new BenchRequest(HttpMethod.Post, "/baseline/checkin", auth, BenchClient.JsonBody(new { groupId = ScenarioContext.GroupId(group), note = "Read chapter 3" }))
            : ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody(
                "mutation($id: ID!) { checkIn(input: {groupId: $id, note: \"Read chapter 3\"}) { id date } }",
                new { id = ScenarioContext.GroupId(group) }));
}
