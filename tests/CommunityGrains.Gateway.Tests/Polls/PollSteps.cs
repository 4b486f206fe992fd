using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Polls;

public static class PollSteps
{
    public const string Fields = "id question status ballots myChoice options { id label votes feedback { id } proposal { id } } event { id }";

    public static Task<GraphQLResponse> CreatePoll(this EventSteps steps, GraphQLClient who, string eventId, object[] options, string? id = null, string question = "The most valuable suggestion?") =>
        who.Send($"mutation($input: CreatePollInput!) {{ createPoll(input: $input) {{ {Fields} }} }}", new { input = new { id, eventId, question, options } });

    /// <summary>An OPEN poll of plain labels on a LIVE event.</summary>
    public static async Task<string> OpenPoll(this EventSteps steps, string eventId, params string[] labels)
    {
        var id = (await steps.CreatePoll(steps.Moderator, eventId, labels.Select(l => (object)new { label = l }).ToArray())).EnsureSuccess().Get("createPoll.id").GetString()!;
        (await steps.PollAction(steps.Moderator, "openPoll", id)).EnsureSuccess();
        return id;
    }

    public static Task<GraphQLResponse> PollAction(this EventSteps steps, GraphQLClient who, string mutation, string pollId) =>
        who.Send($"mutation($id: ID!) {{ {mutation}(pollId: $id) {{ {Fields} }} }}", new { id = pollId });

    public static Task<GraphQLResponse> Vote(this EventSteps steps, GraphQLClient who, string pollId, string optionId) =>
        who.Send($"mutation($id: ID!, $option: ID!) {{ votePoll(pollId: $id, optionId: $option) {{ {Fields} }} }}", new { id = pollId, option = optionId });

    public static Task<GraphQLResponse> ReadPoll(this EventSteps steps, GraphQLClient who, string pollId) =>
        who.Send($"query($id: ID!) {{ poll(id: $id) {{ {Fields} }} }}", new { id = pollId });

    public static int[] Votes(this GraphQLResponse response, string path) =>
        response.EnsureSuccess().Get(path + ".options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()).ToArray();
}
