using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Feedback;

/// <summary>The feedback-operations calls the tests repeat (issue 22), sent as a client would send them.</summary>
public static class FeedbackOpsClient
{
    public const string Fields =
        "id body status type contact channel priority dueAt risk reply reporters firstResponseAt author { id } enteredBy { id } assignee { id } " +
        "history { kind text by { id } at } duplicateOf { id } duplicates { id } followUp { id title questions { kind } } proposal { id }";

    public static Task<GraphQLResponse> SubmitOps(this GraphQLClient client, object input) =>
        client.Send($"mutation($input: SubmitFeedbackInput!) {{ submitFeedback(input: $input) {{ {Fields} }} }}", new { input });

    public static async Task<string> SubmitOpsId(this GraphQLClient client, object input) =>
        (await client.SubmitOps(input)).EnsureSuccess().Get("submitFeedback.id").GetString()!;

    public static Task<GraphQLResponse> TriageOps(this GraphQLClient client, object input) =>
        client.Send($"mutation($input: TriageFeedbackInput!) {{ triageFeedback(input: $input) {{ {Fields} }} }}", new { input });

    public static Task<GraphQLResponse> Note(this GraphQLClient client, string feedbackId, string text) =>
        client.Send($"mutation($id: ID!, $text: String!) {{ addFeedbackNote(feedbackId: $id, text: $text) {{ {Fields} }} }}", new { id = feedbackId, text });

    public static Task<GraphQLResponse> ReadOps(this GraphQLClient client, string feedbackId) =>
        client.Send($"query($id: ID!) {{ feedback(id: $id) {{ {Fields} }} }}", new { id = feedbackId });

    public static Task<GraphQLResponse> Merge(this GraphQLClient client, string feedbackId, string duplicateId) =>
        client.Send($"mutation($id: ID!, $dup: ID!) {{ mergeFeedback(feedbackId: $id, duplicateId: $dup) {{ {Fields} }} }}", new { id = feedbackId, dup = duplicateId });

    public static Task<GraphQLResponse> MeToo(this GraphQLClient client, string feedbackId) =>
        client.Send($"mutation($id: ID!) {{ reportSameFeedback(feedbackId: $id) {{ {Fields} }} }}", new { id = feedbackId });

    public static Task<GraphQLResponse> Queue(this GraphQLClient client, string arguments = "", string? after = null, int first = 20) =>
        client.Send(
            $"query($after: String, $first: Int) {{ feedbackQueue(after: $after, first: $first{(arguments.Length > 0 ? ", " + arguments : "")}) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ id priority dueAt risk }} }} }}",
            new { after, first });

    public static Task<GraphQLResponse> Configure(this GraphQLClient admin, object input) =>
        admin.Send("mutation($input: ConfigureCommunityInput!) { configureCommunity(input: $input) { feedbackTargetDays feedbackTargetDaysByPriority { priority days } feedbackAtRiskShare feedbackResolutionTarget } }", new { input });
}
