using System.Text.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Polls;

namespace CommunityGrains.Gateway.Tests.Events;

/// <summary>pollResults, eventUpdates and eventQuestions over graphql-transport-ws on a real socket.</summary>
public sealed class LiveSubscriptionTests(KestrelTestHost host) : IClassFixture<KestrelTestHost>
{
    [Fact]
    public async Task Each_vote_pushes_the_new_counts_to_a_watcher()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var code = await steps.Code(eventId);
        var ann = await steps.Attendee(eventId, "ann", code);
        var ben = await steps.Attendee(eventId, "ben", code);
        var pollId = await steps.OpenPoll(eventId, "A", "B");
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, steps.Moderator.Token!);
        await socket.Subscribe("results", "subscription($id: ID!) { pollResults(pollId: $id) { id ballots options { votes } } }", new { id = pollId });
        await socket.Barrier();

        (await steps.Vote(ann, pollId, "1")).EnsureSuccess();
        var first = await Until(socket, "pollResults", p => p.GetProperty("ballots").GetInt32() == 1);
        (await steps.Vote(ben, pollId, "2")).EnsureSuccess();
        var second = await Until(socket, "pollResults", p => p.GetProperty("ballots").GetInt32() == 2);

        Assert.Equal([1, 0], first.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
        Assert.Equal([1, 1], second.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
    }

    [Fact]
    public async Task Registrations_and_sign_ins_push_the_event_to_a_watcher()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event();
        var ann = await steps.Community.Member("ann");
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, steps.Moderator.Token!);
        await socket.Subscribe("updates", "subscription($id: ID!) { eventUpdates(eventId: $id) { status registered attended } }", new { id = eventId });
        await socket.Barrier();

        (await steps.Register(ann, eventId)).EnsureSuccess();
        var registered = await Until(socket, "eventUpdates", e => e.GetProperty("registered").GetInt32() == 1);
        (await steps.Transition("startEvent", eventId)).EnsureSuccess();
        (await steps.SignIn(ann, eventId, await steps.Code(eventId))).EnsureSuccess();
        var attended = await Until(socket, "eventUpdates", e => e.GetProperty("attended").GetInt32() == 1);

        Assert.Equal("PUBLISHED", registered.GetProperty("status").GetString());
        Assert.Equal("LIVE", attended.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Asking_upvoting_and_answering_push_the_question_to_a_watcher()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, ann.Token!);
        await socket.Subscribe("questions", "subscription($id: ID!) { eventQuestions(eventId: $id) { id body upvotes answer author { id } } }", new { id = eventId });
        await socket.Barrier();

        var asked = (await ann.Send("mutation($id: ID!) { askQuestion(input: { eventId: $id, body: \"When is lunch?\", anonymous: true }) { id } }", new { id = eventId })).EnsureSuccess();
        var questionId = asked.Get("askQuestion.id").GetString()!;
        var pushed = await Until(socket, "eventQuestions", q => q.GetProperty("id").GetString() == questionId);
        (await steps.Moderator.Send("mutation($e: ID!, $q: ID!) { answerQuestion(eventId: $e, questionId: $q, answer: \"At noon.\") { id } }", new { e = eventId, q = questionId })).EnsureSuccess();
        var answered = await Until(socket, "eventQuestions", q => q.GetProperty("answer").ValueKind == JsonValueKind.String);

        Assert.Equal(("When is lunch?", JsonValueKind.Null), (pushed.GetProperty("body").GetString(), pushed.GetProperty("author").ValueKind));
        Assert.Equal("At noon.", answered.GetProperty("answer").GetString());
    }

    /// <summary>Pushes are coalesced (a burst may arrive as its last state), so the test waits for the state it expects.</summary>
    private static async Task<JsonElement> Until(GraphQLSocket socket, string field, Func<JsonElement, bool> wanted)
    {
        while (true)
        {
            var next = await socket.Receive();
            Assert.Equal("next", next.GetProperty("type").GetString());
            var payload = next.GetProperty("payload").GetProperty("data").GetProperty(field);
            if (wanted(payload))
            {
                return payload;
            }
        }
    }
}
