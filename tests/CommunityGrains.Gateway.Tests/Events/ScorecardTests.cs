using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Polls;
using CommunityGrains.Gateway.Tests.Surveys;

namespace CommunityGrains.Gateway.Tests.Events;

[Collection(HostCollection.Name)]
public sealed class ScorecardTests(TestHost host)
{
    private const string Card = "scorecard { validFeedback validFeedbackTarget classificationAgreement resolvedWithinTarget npsChange npsBefore npsAfter attended engagedAttendees }";

    [Fact]
    public async Task The_scorecard_measures_an_event_with_known_answers_against_the_four_targets()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE", capacity: 10);
        var before = await SurveyTests.Create(steps.Moderator, new { kind = "NPS", title = "Before", eventId, phase = "BEFORE" });
        var after = await SurveyTests.Create(steps.Moderator, new { kind = "NPS", title = "After", eventId, phase = "AFTER" });
        var code = await steps.Code(eventId);
        var attendees = new List<GraphQLClient>();
        for (var i = 0; i < 5; i++)
        {
            attendees.Add(await steps.Attendee(eventId, $"a{i}", code));
        }

        var absent = await steps.Community.Member("absent");
        (await steps.Register(absent, eventId)).EnsureSuccess();

        // BEFORE: 10, 5, 8 -> one promoter, one passive, one detractor: NPS 0. AFTER: 10, 9, 4 -> two promoters, one detractor: NPS 33.3.
        int[] beforeScores = [10, 5, 8];
        int[] afterScores = [10, 9, 4];
        for (var i = 0; i < 3; i++)
        {
            (await SurveyTests.Answer(attendees[i], before, new { questionId = "1", score = beforeScores[i] })).EnsureSuccess();
            (await SurveyTests.Answer(attendees[i], after, new { questionId = "1", score = afterScores[i] })).EnsureSuccess();
        }

        // a3 is engaged by voting; a4 does nothing; the absent member's feedback does not make an attendee engaged.
        var pollId = await steps.OpenPoll(eventId, "A", "B");
        (await steps.Vote(attendees[3], pollId, "1")).EnsureSuccess();

        var agreed = await Submit(attendees[0], eventId, "The app crashes when I open the map.");
        var disagreed = await Submit(attendees[1], eventId, "The check-in screen freezes on my phone.");
        var invalid = await Submit(absent, eventId, "asdf");
        await Submit(absent, eventId, "Please add more benches in the park.");
        await Submit(attendees[0], eventId, "Coffee was cold.", anonymous: true);
        (await steps.Moderator.Triage(agreed.Id, agreed.Suggested)).EnsureSuccess();
        (await steps.Moderator.Resolve(agreed.Id)).EnsureSuccess();
        (await steps.Moderator.Triage(disagreed.Id, disagreed.Suggested == "OTHER" ? "SERVICE" : "OTHER")).EnsureSuccess();
        (await steps.Moderator.Close(invalid.Id, "Not feedback.")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(31));
        (await steps.Moderator.Resolve(disagreed.Id)).EnsureSuccess();

        var card = (await steps.Moderator.Send($"query($id: ID!) {{ event(id: $id) {{ {Card} }} }}", new { id = eventId })).EnsureSuccess().Get("event.scorecard");

        Assert.Equal(4, card.GetProperty("validFeedback").GetInt32());
        Assert.Equal(200, card.GetProperty("validFeedbackTarget").GetInt32());
        Assert.Equal(0.5, card.GetProperty("classificationAgreement").GetDouble());

        // Resolved or past due: the agreed item (on time), the disagreed one (late) and the two left open past their due date.
        Assert.Equal(0.25, card.GetProperty("resolvedWithinTarget").GetDouble());
        Assert.Equal(0.0, card.GetProperty("npsBefore").GetDouble());
        Assert.Equal(100.0 / 3, card.GetProperty("npsAfter").GetDouble(), 9);
        Assert.Equal(100.0 / 3, card.GetProperty("npsChange").GetDouble(), 9);
        Assert.Equal(5, card.GetProperty("attended").GetInt32());
        Assert.Equal(4, card.GetProperty("engagedAttendees").GetInt32());
    }

    [Fact]
    public async Task Feedback_at_an_event_is_tied_to_it_and_listed_on_it()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event();
        var draft = await steps.Event("DRAFT");
        var ann = await steps.Community.Member("ann");

        var item = await Submit(ann, eventId, "More chairs please.");
        var listed = (await steps.Moderator.Send("query($id: ID!) { event(id: $id) { feedback { totalCount nodes { id event { id } } } } }", new { id = eventId })).EnsureSuccess();
        var toDraft = await ann.Send("mutation($e: ID!) { submitFeedback(input: { channel: APP, body: \"Hidden\", eventId: $e }) { id } }", new { e = draft });

        Assert.Equal(1, listed.Get("event.feedback.totalCount").GetInt32());
        Assert.Equal((item.Id, eventId), (listed.Get("event.feedback.nodes.0.id").GetString(), listed.Get("event.feedback.nodes.0.event.id").GetString()));
        Assert.Contains("input.eventId", toDraft.ExpectError(ErrorCodes.NotFound));
        Assert.Equal(JsonValueKind.Object, (await ann.Read(item.Id)).EnsureSuccess().Get("feedback").ValueKind);
    }

    [Fact]
    public async Task An_event_without_answers_has_no_shares_and_no_nps()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");

        var card = (await steps.Moderator.Send($"query($id: ID!) {{ event(id: $id) {{ {Card} }} }}", new { id = eventId })).EnsureSuccess().Get("event.scorecard");

        Assert.Equal(0, card.GetProperty("validFeedback").GetInt32());
        Assert.Equal(JsonValueKind.Null, card.GetProperty("classificationAgreement").ValueKind);
        Assert.Equal(JsonValueKind.Null, card.GetProperty("npsChange").ValueKind);
    }

    private static async Task<(string Id, string Suggested)> Submit(GraphQLClient who, string eventId, string body, bool anonymous = false)
    {
        var item = (await who.Send(
            "mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id suggestedCategory event { id } } }",
            new { input = new { channel = "EVENT", body, anonymous, eventId } })).EnsureSuccess();
        Assert.Equal(eventId, item.Get("submitFeedback.event.id").GetString());
        return (item.Get("submitFeedback.id").GetString()!, item.Get("submitFeedback.suggestedCategory").GetString()!);
    }
}
