using System.Globalization;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>annual-board</c>: <c>annualLeaderboard</c> read by members while every member holds a yearly total (welcome
/// points on joining, and one member in a hundred a moderator's bonus), so every shard of the board is full.
/// </summary>
internal sealed class AnnualBoardScenario : IScenario
{
    private static readonly byte[] Query = BenchClient.GraphQLBody("{ annualLeaderboard(category: OVERALL, first: 10) { month entries { rank score member { id displayName } } } }");
    private BenchRequest[] _requests = [];

    public string Name => "annual-board";

    public int DefaultMembers => 100_000;

    public bool HasBaseline => false;

    public IReadOnlyList<BenchRequest> Pool => _requests;

    public async Task Setup(ScenarioContext context)
    {
        await context.CreateCommunity(welcomePoints: 10);
        var bonused = Math.Max(1, context.Members.Length / 100);
        await context.ForEach("bonuses given", bonused, i =>
            context.Graph(
                context.Moderator,
                "mutation($id: ID!, $m: ID!, $p: Int!) { adjustPoints(id: $id, memberId: $m, points: $p, reason: \"Bench bonus\") { id } }",
                new { id = "bench-" + i.ToString(CultureInfo.InvariantCulture), m = ScenarioContext.MemberId(i * 100 % context.Members.Length), p = 1 + (i % 1000) }));
        _requests = context.Members.Select(auth => ScenarioContext.GraphQL(auth, Query)).ToArray();
    }

    public BenchRequest Next(int worker, Random random) => _requests[random.Next(_requests.Length)];

    public async Task<Verification?> Verify(ScenarioContext context)
    {
        var board = await context.Graph(context.Members[0], "{ annualLeaderboard(category: OVERALL, first: 1) { entries { score } } }");
        var top = board["annualLeaderboard"]!["entries"]![0]!["score"]!.GetValue<double>();
        var expected = 10 + Math.Min(1000, Math.Max(1, context.Members.Length / 100));
        return new Verification(top == expected, $"top yearly score {top}, expected {expected} (welcome points plus the largest bonus)");
    }
}
