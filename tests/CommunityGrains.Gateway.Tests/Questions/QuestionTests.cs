using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Questions;

[Collection(HostCollection.Name)]
public sealed class QuestionTests(TestHost host)
{
    private const string Fields = "id body author { id } upvotes upvotedByMe answered answer askedAt";

    [Fact]
    public async Task A_question_is_asked_once_per_client_id_and_earns_points_once()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");

        var asked = (await Ask(ann, eventId, "How do we follow up?", id: "q-1")).EnsureSuccess();
        var retry = (await Ask(ann, eventId, "How do we follow up?", id: "q-1")).EnsureSuccess();

        Assert.Equal(asked.Body, retry.Body);
        Assert.Equal("ann", asked.Get("askQuestion.author.id").GetString());
        Assert.Equal(2, await EventSteps.Points(ann));
        Assert.Equal(1, (await Questions(ann, eventId)).Get("event.questions.totalCount").GetInt32());
    }

    [Fact]
    public async Task An_anonymous_question_shows_no_author_even_to_moderators()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");

        var asked = (await Ask(ann, eventId, "Why is the fee so high?", anonymous: true)).EnsureSuccess();
        var byModerator = (await Questions(steps.Moderator, eventId)).EnsureSuccess();

        Assert.Equal(JsonValueKind.Null, asked.Get("askQuestion.author").ValueKind);
        Assert.Equal(JsonValueKind.Null, byModerator.Get("event.questions.nodes.0.author").ValueKind);
        Assert.DoesNotContain("\"ann\"", byModerator.Body, StringComparison.Ordinal);
        var history = (await ann.Send("{ me { pointsHistory { nodes { reason } } } }")).EnsureSuccess();
        Assert.DoesNotContain("fee", history.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upvotes_toggle_once_per_member_and_order_questions_by_top_or_newest()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        var first = (await Ask(ann, eventId, "First?")).EnsureSuccess().Get("askQuestion.id").GetString()!;
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var second = (await Ask(ann, eventId, "Second?")).EnsureSuccess().Get("askQuestion.id").GetString()!;

        (await Upvote(ann, eventId, second)).EnsureSuccess();
        var twice = (await Upvote(ben, eventId, second)).EnsureSuccess();
        var back = (await Upvote(ann, eventId, second)).EnsureSuccess();
        (await Upvote(ann, eventId, second)).EnsureSuccess();

        Assert.Equal((2, true), (twice.Get("toggleQuestionUpvote.upvotes").GetInt32(), twice.Get("toggleQuestionUpvote.upvotedByMe").GetBoolean()));
        Assert.Equal((1, false), (back.Get("toggleQuestionUpvote.upvotes").GetInt32(), back.Get("toggleQuestionUpvote.upvotedByMe").GetBoolean()));
        Assert.Equal([second, first], Ids(await Questions(ann, eventId, "TOP")));
        (await Upvote(ann, eventId, second)).EnsureSuccess();
        (await Upvote(ben, eventId, second)).EnsureSuccess();
        (await Upvote(ben, eventId, first)).EnsureSuccess();
        Assert.Equal([first, second], Ids(await Questions(ann, eventId, "TOP")));
        Assert.Equal([second, first], Ids(await Questions(ann, eventId, "NEWEST")));
    }

    [Fact]
    public async Task A_room_upvoting_at_once_is_counted_exactly_and_each_member_sees_their_own_upvote()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var room = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => steps.Community.Member($"m{i}")));
        var id = (await Ask(room[0], eventId, "Popular?")).EnsureSuccess().Get("askQuestion.id").GetString()!;

        await Task.WhenAll(room.Select(async m => (await Upvote(m, eventId, id)).EnsureSuccess()));
        await Task.WhenAll(room.Take(10).Select(async m => (await Upvote(m, eventId, id)).EnsureSuccess()));

        var seenByStayer = (await Questions(room[10], eventId)).EnsureSuccess();
        var seenByLeaver = (await Questions(room[0], eventId)).EnsureSuccess();
        Assert.Equal((30, true), (seenByStayer.Get("event.questions.nodes.0.upvotes").GetInt32(), seenByStayer.Get("event.questions.nodes.0.upvotedByMe").GetBoolean()));
        Assert.False(seenByLeaver.Get("event.questions.nodes.0.upvotedByMe").GetBoolean());
    }

    [Fact]
    public async Task Staff_answer_questions_and_members_cannot()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");
        var id = (await Ask(ann, eventId, "Slides?")).EnsureSuccess().Get("askQuestion.id").GetString()!;

        (await Answer(ann, eventId, id, "Yes")).ExpectError(ErrorCodes.Forbidden);
        var answered = (await Answer(steps.Moderator, eventId, id, "They will be mailed.")).EnsureSuccess();

        Assert.Equal((true, "They will be mailed."), (answered.Get("answerQuestion.answered").GetBoolean(), answered.Get("answerQuestion.answer").GetString()));
    }

    [Fact]
    public async Task Bad_questions_are_refused_naming_the_field()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var draft = await steps.Event("DRAFT");
        var ann = await steps.Community.Member("ann");

        Assert.Contains("input.body", (await Ask(ann, eventId, " ")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("input.body", (await Ask(ann, eventId, new string('?', 2001))).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("input.eventId", (await Ask(ann, draft, "Hidden?")).ExpectError(ErrorCodes.NotFound));
        Assert.Contains("questionId", (await Upvote(ann, eventId, "no-such")).ExpectError(ErrorCodes.NotFound));
        Assert.Equal(0, (await Questions(ann, eventId)).Get("event.questions.totalCount").GetInt32());
    }

    private static Task<GraphQLResponse> Ask(GraphQLClient who, string eventId, string body, bool anonymous = false, string? id = null) =>
        who.Send($"mutation($input: AskQuestionInput!) {{ askQuestion(input: $input) {{ {Fields} }} }}", new { input = new { id, eventId, body, anonymous } });

    private static Task<GraphQLResponse> Upvote(GraphQLClient who, string eventId, string questionId) =>
        who.Send($"mutation($e: ID!, $q: ID!) {{ toggleQuestionUpvote(eventId: $e, questionId: $q) {{ {Fields} }} }}", new { e = eventId, q = questionId });

    private static Task<GraphQLResponse> Answer(GraphQLClient who, string eventId, string questionId, string answer) =>
        who.Send($"mutation($e: ID!, $q: ID!, $a: String!) {{ answerQuestion(eventId: $e, questionId: $q, answer: $a) {{ {Fields} }} }}", new { e = eventId, q = questionId, a = answer });

    private static Task<GraphQLResponse> Questions(GraphQLClient who, string eventId, string order = "TOP") =>
        who.Send($"query($id: ID!, $order: QuestionOrder) {{ event(id: $id) {{ questions(orderBy: $order) {{ totalCount nodes {{ {Fields} }} }} }} }}", new { id = eventId, order });

    private static List<string> Ids(GraphQLResponse response) =>
        response.EnsureSuccess().Get("event.questions.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
}
