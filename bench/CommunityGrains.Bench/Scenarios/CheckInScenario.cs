using System.Net.Http.Headers;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>checkin</c>: members of many study groups check in. The first check-in of the day per member and group awards
/// points and moves streaks; repeats update the note (both designs do the same).
/// </summary>
internal sealed class CheckInScenario : IScenario
{
    public const int GroupSize = 5;
    private BenchRequest[][] _requests = [];

    public string Name => "checkin";

    public int DefaultMembers => 2000;

    public bool HasBaseline => true;

    public static int Groups(ScenarioContext context) => context.Options.Groups ?? Math.Max(1, context.Members.Length / GroupSize);

    public async Task Setup(ScenarioContext context)
    {
        await context.CreateCommunity();
        var groups = Groups(context);
        await context.CreateGroups(groups, GroupSize);
        _requests = Enumerable.Range(0, groups)
            .Select(g => Enumerable.Range(0, GroupSize).Select(k => CheckIn(context, context.Members[context.GroupMember(g, k, GroupSize)], g)).ToArray())
            .ToArray();
    }

    public BenchRequest Next(int worker, Random random)
    {
        var group = _requests[random.Next(_requests.Length)];
        return group[random.Next(group.Length)];
    }

    internal static BenchRequest CheckIn(ScenarioContext context, AuthenticationHeaderValue auth, int group) =>
        context.Baseline
            ? new BenchRequest(HttpMethod.Post, "/baseline/checkin", auth, BenchClient.JsonBody(new { groupId = ScenarioContext.GroupId(group), note = "Read chapter 3" }))
            : ScenarioContext.GraphQL(auth, BenchClient.GraphQLBody(
                "mutation($id: ID!) { checkIn(input: {groupId: $id, note: \"Read chapter 3\"}) { id date } }",
                new { id = ScenarioContext.GroupId(group) }));
}
