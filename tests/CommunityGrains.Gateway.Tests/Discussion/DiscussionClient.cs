using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Discussion;

/// <summary>The discussion and inbox operations the tests repeat, sent as a client would send them.</summary>
public static class DiscussionClient
{
    public const string Fields = "id author { id } body mentions { id } replyTo { id } createdAt editedAt hidden reactions { emoji count reactedByMe }";

    public static Task<GraphQLResponse> Comment(this GraphQLClient client, string subjectId, string body, string? id = null, string? replyToId = null, string subject = "PROPOSAL") =>
        client.Send(
            $"mutation($input: PostCommentInput!) {{ postComment(input: $input) {{ {Fields} }} }}",
            new { input = new { id, subject, subjectId, body, replyToId } });

    public static async Task<string> CommentId(this GraphQLClient client, string subjectId, string body, string? replyToId = null, string subject = "PROPOSAL") =>
        (await client.Comment(subjectId, body, replyToId: replyToId, subject: subject)).EnsureSuccess().Get("postComment.id").GetString()!;

    public static Task<GraphQLResponse> Thread(this GraphQLClient client, string subjectId, int first = 20, string? after = null, string subject = "PROPOSAL") =>
        client.Send(
            $"query($subject: ThreadSubject!, $id: ID!, $first: Int, $after: String) {{ thread(subject: $subject, subjectId: $id) {{ subject subjectId commentCount comments(first: $first, after: $after) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {Fields} }} }} }} }}",
            new { subject, id = subjectId, first, after });

    public static Task<GraphQLResponse> Inbox(this GraphQLClient client, bool unreadOnly = false, int first = 20, string? after = null) =>
        client.Send(
            "query($u: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $u, first: $first, after: $after) { totalCount unread pageInfo { hasNextPage endCursor } nodes { id kind text subject subjectId at read } } }",
            new { u = unreadOnly, first, after });

    /// <summary>The kinds in the inbox, newest first.</summary>
    public static async Task<List<string>> Kinds(this GraphQLClient client) =>
        (await client.Inbox()).EnsureSuccess().Get("notifications.nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()!).ToList();

    /// <summary>
    /// The kinds once the inbox holds at least <paramref name="count"/>: fan-outs run after the mutation was answered.
    /// Gives up after about 5 s and returns what is there, so the assertion that follows names what was missing.
    /// </summary>
    public static async Task<List<string>> KindsOnce(this GraphQLClient client, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var kinds = await client.Kinds();
            if (kinds.Count >= count)
            {
                return kinds;
            }

            await Task.Delay(50);
        }

        return await client.Kinds();
    }

    public static async Task<int> Points(this GraphQLClient client) =>
        (await client.Send("{ me { points } }")).EnsureSuccess().Get("me.points").GetInt32();
}
