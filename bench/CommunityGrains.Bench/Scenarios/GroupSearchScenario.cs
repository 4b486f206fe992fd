using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>group-search</c>: <c>studyGroups</c> over 20,000 groups (<c>--groups</c>), a third by English goal words, a third
/// by Chinese ones, a third without a goal (ranked by the caller's interests), each asking for a page of 20.
/// </summary>
internal sealed class GroupSearchScenario : IScenario
{
    public const int DefaultGroups = 20_000;

    private const string Search = """
        query($goal: String) { studyGroups(goal: $goal, first: 20) { totalCount nodes { id name goal tags } pageInfo { hasNextPage endCursor } } }
        """;

    private const string Create = """
        mutation($id: ID!, $name: String!, $goal: String!, $tags: [String!]) { createStudyGroup(input: {id: $id, name: $name, goal: $goal, capacity: 5, tags: $tags}) { id } }
        """;

    private static readonly string[] EnglishGoals =
    [
        "Pass the Spanish B1 exam", "Read one novel a month", "Run a half marathon", "Ship a Go command line tool",
        "Practice piano every evening", "Learn photography basics", "Prepare for the IELTS exam", "Cook a new dish every week",
        "Write a short story", "Study linear algebra", "Learn React and TypeScript", "Sketch every day",
    ];

    private static readonly string[] ChineseGoals =
    [
        "三个月内通过日语能力考试", "每天练习钢琴半小时", "周末一起学摄影", "准备雅思考试", "每月读一本小说", "学习线性代数",
        "坚持跑步训练", "学做家常菜", "练习书法", "学习编程基础",
    ];

    private static readonly string[] Tags = ["exam", "language", "music", "sport", "reading", "code", "art", "cooking"];
    private static readonly string[] EnglishQueries = ["spanish exam", "piano", "marathon", "photography", "novel", "typescript"];
    private static readonly string[] ChineseQueries = ["日语考试", "钢琴", "摄影", "雅思", "小说", "编程"];
    private static readonly string[][] Interests = [["photography", "摄影"], ["piano", "music"], ["exam", "language"], ["code"]];

    private BenchRequest[] _requests = [];

    public string Name => "group-search";

    public int DefaultMembers => 1000;

    public bool HasBaseline => false;

    public IReadOnlyList<BenchRequest> Pool => _requests;

    public async Task Setup(ScenarioContext context)
    {
        await context.CreateCommunity();
        var members = context.Members.Length;
        await context.ForEach("interests set", members, i => context.Graph(
            context.Members[i], "mutation($i: [String!]) { updateProfile(input: {interests: $i}) { id } }", new { i = Interests[i % Interests.Length] }));
        var groups = context.Options.Groups ?? DefaultGroups;
        await context.ForEach("groups created", groups, j =>
        {
            var goal = j % 2 == 0 ? EnglishGoals[j / 2 % EnglishGoals.Length] : ChineseGoals[j / 2 % ChineseGoals.Length];
            return context.Graph(context.Members[j % members], Create, new
            {
                id = ScenarioContext.GroupId(j),
                name = "Group " + ScenarioContext.GroupId(j),
                goal,
                tags = new[] { Tags[j % Tags.Length], Tags[j / Tags.Length % Tags.Length] },
            });
        });
        _requests = Enumerable.Range(0, 512).Select(i => ScenarioContext.GraphQL(context.Members[i * 7 % members], BenchClient.GraphQLBody(Search, new
        {
            goal = (i % 3) switch
            {
                0 => EnglishQueries[i / 3 % EnglishQueries.Length],
                1 => ChineseQueries[i / 3 % ChineseQueries.Length],
                _ => null,
            },
        }))).ToArray();
    }

    public BenchRequest Next(int worker, Random random) => _requests[random.Next(_requests.Length)];
}
