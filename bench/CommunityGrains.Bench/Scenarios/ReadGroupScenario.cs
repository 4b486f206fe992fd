using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary><c>read-group</c>: a study group with its members' streaks and today's check-ins (everyone checked in once during setup).</summary>
internal sealed class ReadGroupScenario : IScenario
{
    public const string Query = """
        query($id: ID!) { studyGroup(id: $id) { id name goal groupStreak
          memberStreaks { member { id displayName } current longest lastCheckIn }
          checkIns { id member { id displayName } date at note } } }
        """;

    private BenchRequest[] _requests = [];

    public string Name => "read-group";

    public int DefaultMembers => 1000;

    public bool HasBaseline => true;

    public IReadOnlyList<BenchRequest> Pool => _requests;

    public async Task Setup(ScenarioContext context)
    {
        await context.CreateCommunity();
        var groups = CheckInScenario.Groups(context);
        await context.CreateGroups(groups, CheckInScenario.GroupSize);
        await context.ForEach("check-ins made", groups * CheckInScenario.GroupSize, async i =>
        {
            var (group, k) = (i / CheckInScenario.GroupSize, i % CheckInScenario.GroupSize);
            await context.Client.Json(CheckInScenario.CheckIn(context, context.Members[context.GroupMember(group, k, CheckInScenario.GroupSize)], group));
        });
        _requests = Enumerable.Range(0, groups)
            .Select(g => context.Baseline
                ? new BenchRequest(HttpMethod.Get, "/baseline/group/" + ScenarioContext.GroupId(g), context.Members[g % context.Members.Length], null)
                : ScenarioContext.GraphQL(context.Members[g % context.Members.Length], BenchClient.GraphQLBody(Query, new { id = ScenarioContext.GroupId(g) })))
            .ToArray();
    }

    public BenchRequest Next(int worker, Random random) => _requests[random.Next(_requests.Length)];
}
