using System.Globalization;
using System.Text;
using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// <c>feedback-queue</c>: a moderator reads first pages of the feedback queue (each sort, with and without a filter) in
/// one community holding <c>--feedback</c> items (default 100,000), typed in by staff on members' behalf in batches.
/// A page asks the community's fixed set of queue shards, so its cost does not depend on how many months the items span.
/// </summary>
internal sealed class FeedbackQueueScenario : IScenario
{
    private const int Batch = 50;

    private static readonly string[] Channels = ["APP", "FORM", "EMAIL", "HOTLINE", "SOCIAL", "EVENT"];
    private static readonly string[] Types = ["SUGGESTION", "COMPLAINT", "INQUIRY", "PRAISE"];
    private static readonly string[] Pages =
    [
        "feedbackQueue(first: 20) { totalCount nodes { id status dueAt risk } }",
        "feedbackQueue(first: 20, sort: OLDEST) { totalCount nodes { id status dueAt risk } }",
        "feedbackQueue(first: 20, sort: DUE_SOONEST, status: NEW) { totalCount nodes { id status dueAt risk } }",
        "feedbackQueue(first: 20, sort: PRIORITY, channel: HOTLINE) { totalCount nodes { id status dueAt risk } }",
        "feedbackQueue(first: 20, type: COMPLAINT, risk: ON_TRACK) { totalCount nodes { id status dueAt risk } }",
    ];

    private BenchRequest[] _requests = [];

    public string Name => "feedback-queue";

    public int DefaultMembers => 1000;

    public bool HasBaseline => false;

    public IReadOnlyList<BenchRequest> Pool => _requests;

    public async Task Setup(ScenarioContext context)
    {
        var items = context.Options.Feedback ?? 100_000;
        await context.CreateCommunity();
        var batches = (items + Batch - 1) / Batch;
        await context.ForEach($"batches of {Batch} feedback items", batches, b =>
        {
            var mutation = new StringBuilder("mutation {");
            for (var i = b * Batch; i < Math.Min(items, (b + 1) * Batch); i++)
            {
                var id = "fb" + i.ToString(CultureInfo.InvariantCulture);
                var member = ScenarioContext.MemberId(i % context.Members.Length);
                mutation.Append(CultureInfo.InvariantCulture,
                    $" f{i}: submitFeedback(input: {{id: \"{id}\", channel: {Channels[i % Channels.Length]}, type: {Types[i % Types.Length]}, onBehalfOf: \"{member}\", body: \"Item {i}: the lift in block {i % 97} is broken again\"}}) {{ id }}");
            }

            return context.Graph(context.Moderator, mutation.Append(" }").ToString());
        });
        _requests = Pages.Select(page => ScenarioContext.GraphQL(context.Moderator, BenchClient.GraphQLBody("{ " + page + " }", null))).ToArray();
    }

    public BenchRequest Next(int worker, Random random) => _requests[random.Next(_requests.Length)];
}
