using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary><c>help-near</c>: neighbours post help requests at random points in a city (20%) and look for requests near them (80%).</summary>
internal sealed class HelpNearScenario : IScenario
{
    private const double Latitude = 31.2304, Longitude = 121.4737, Spread = 0.12;
    private const string Post = """
        mutation($lat: Float!, $lng: Float!, $kind: HelpKind!, $tags: [String!]) { postHelpRequest(input: {kind: $kind, title: "Need a hand",
          description: "Carrying groceries up four floors", tags: $tags, location: {latitude: $lat, longitude: $lng}}) { id area } }
        """;

    private const string Near = """
        query($lat: Float!, $lng: Float!) { helpRequestsNear(near: {latitude: $lat, longitude: $lng}, radiusKm: 3, first: 20) {
          distanceKm score sharedTags request { id kind title area } } }
        """;

    private static readonly string[][] TagSets = [["groceries"], ["tools", "diy"], ["language"], ["pets", "walking"], []];
    private BenchRequest[] _posts = [];
    private BenchRequest[] _queries = [];

    public string Name => "help-near";

    public int DefaultMembers => 1000;

    public bool HasBaseline => false;

    public async Task Setup(ScenarioContext context)
    {
        await context.CreateCommunity();
        var random = new Random(42);
        _posts = Enumerable.Range(0, 512).Select(i => ScenarioContext.GraphQL(context.Members[i % context.Members.Length], BenchClient.GraphQLBody(Post, new
        {
            lat = Latitude + (random.NextDouble() - 0.5) * Spread,
            lng = Longitude + (random.NextDouble() - 0.5) * Spread,
            kind = i % 3 == 0 ? "OFFER" : "NEED",
            tags = TagSets[i % TagSets.Length],
        }))).ToArray();
        _queries = Enumerable.Range(0, 512).Select(i => ScenarioContext.GraphQL(context.Members[(i * 7) % context.Members.Length], BenchClient.GraphQLBody(Near, new
        {
            lat = Latitude + (random.NextDouble() - 0.5) * Spread,
            lng = Longitude + (random.NextDouble() - 0.5) * Spread,
        }))).ToArray();
        await context.ForEach("help requests posted", Math.Min(200, context.Members.Length), i => context.Client.Json(_posts[i]));
    }

    public BenchRequest Next(int worker, Random random) =>
        random.Next(5) == 0 ? _posts[random.Next(_posts.Length)] : _queries[random.Next(_queries.Length)];
}
