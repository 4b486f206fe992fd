using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>read-me</c>: the cheapest authenticated query; measures the gateway's own overhead (token, parse, one grain call).
/// <paramref name="welcomePoints"/> for a scenario that reuses it and needs members who can spend.
/// </summary>
internal sealed class ReadMeScenario(int welcomePoints = 0) : IScenario
{
    private static readonly byte[] Query = BenchClient.GraphQLBody("{ me { id displayName points } }");
    private BenchRequest[] _requests = [];

    public string Name => "read-me";

    public int DefaultMembers => 1000;

    public bool HasBaseline => true;

    public IReadOnlyList<BenchRequest> Pool => _requests;

    public async Task Setup(ScenarioContext context)
    {
        await context.CreateCommunity(welcomePoints);
        _requests = context.Members
            .Select(auth => context.Baseline ? new BenchRequest(HttpMethod.Get, "/baseline/me", auth, null) : ScenarioContext.GraphQL(auth, Query))
            .ToArray();
    }

    public BenchRequest Next(int worker, Random random) => _requests[random.Next(_requests.Length)];
}
