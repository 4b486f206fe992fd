using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Feedback;

/// <summary>The feedback operations the tests repeat, sent as a client would send them.</summary>
public static class FeedbackClient
{
    public const string Fields = "id channel body author { id } suggestedCategory category priority assignee { id } status createdAt dueAt overdue reply resolution resolvedAt public";

    public static Task<GraphQLResponse> Submit(this GraphQLClient client, string body, bool anonymous = false, string? id = null, string channel = "APP") =>
        client.Send($"mutation($input: SubmitFeedbackInput!) {{ submitFeedback(input: $input) {{ {Fields} }} }}", new { input = new { id, channel, body, anonymous } });

    /// <summary>Submits and returns the new item's id.</summary>
    public static async Task<string> SubmitId(this GraphQLClient client, string body, bool anonymous = false) =>
        (await client.Submit(body, anonymous)).EnsureSuccess().Get("submitFeedback.id").GetString()!;

    public static Task<GraphQLResponse> Triage(this GraphQLClient client, string feedbackId, string category = "BUG", string priority = "HIGH", string? assigneeId = null) =>
        client.Send($"mutation($input: TriageFeedbackInput!) {{ triageFeedback(input: $input) {{ {Fields} }} }}", new { input = new { feedbackId, category, priority, assigneeId } });

    public static Task<GraphQLResponse> Reply(this GraphQLClient client, string feedbackId, string reply = "Thanks, we are looking into it.") =>
        client.Send($"mutation($input: ReplyToFeedbackInput!) {{ replyToFeedback(input: $input) {{ {Fields} }} }}", new { input = new { feedbackId, reply } });

    public static Task<GraphQLResponse> Resolve(this GraphQLClient client, string feedbackId, bool isPublic = true, string resolution = "Fixed in the latest release.") =>
        client.Send($"mutation($input: ResolveFeedbackInput!) {{ resolveFeedback(input: $input) {{ {Fields} }} }}", new { input = new { feedbackId, resolution, @public = isPublic } });

    public static Task<GraphQLResponse> Close(this GraphQLClient client, string feedbackId, string? reason = null) =>
        client.Send($"mutation($id: ID!, $reason: String) {{ closeFeedback(feedbackId: $id, reason: $reason) {{ {Fields} }} }}", new { id = feedbackId, reason });

    public static Task<GraphQLResponse> Read(this GraphQLClient client, string feedbackId) =>
        client.Send($"query($id: ID!) {{ feedback(id: $id) {{ {Fields} }} }}", new { id = feedbackId });

    public static Task<GraphQLResponse> Items(this GraphQLClient client, string? status = null, string? category = null, int first = 20, string? after = null) =>
        client.Send(
            $"query($status: FeedbackStatus, $category: FeedbackCategory, $first: Int, $after: String) {{ feedbackItems(status: $status, category: $category, first: $first, after: $after) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {Fields} }} }} }}",
            new { status, category, first, after });

    public static Task<GraphQLResponse> Board(this GraphQLClient client, int first = 20, string? after = null) =>
        client.Send(
            $"query($first: Int, $after: String) {{ feedbackBoard(first: $first, after: $after) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {Fields} }} }} }}",
            new { first, after });

    public static List<string> Ids(this GraphQLResponse response, string connection) =>
        response.EnsureSuccess().Get(connection + ".nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

    public static async Task<int> Points(this GraphQLClient client) =>
        (await client.Send("{ me { points } }")).EnsureSuccess().Get("me.points").GetInt32();
}
