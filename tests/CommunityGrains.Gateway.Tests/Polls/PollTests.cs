using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;

namespace CommunityGrains.Gateway.Tests.Polls;

[Collection(HostCollection.Name)]
public sealed class PollTests(TestHost host)
{
    [Fact]
    public async Task Options_are_labels_feedback_items_or_proposals_whose_title_becomes_the_label()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");
        var feedbackId = await ann.SubmitId("More benches in the park.\nThe old ones are broken.");
        var proposals = new ProposalSteps(steps.Community, ann, steps.Moderator);
        var proposalId = await proposals.Draft();
        (await proposals.Submit(ann, proposalId)).EnsureSuccess();

        var poll = (await steps.CreatePoll(steps.Moderator, eventId, [new { label = "Free coffee" }, new { feedbackId }, new { proposalId }])).EnsureSuccess();

        var options = poll.Get("createPoll.options").EnumerateArray().ToList();
        Assert.Equal(["Free coffee", "More benches in the park.", "Bike racks at the station"], options.Select(o => o.GetProperty("label").GetString()));
        Assert.Equal(feedbackId, options[1].GetProperty("feedback").GetProperty("id").GetString());
        Assert.Equal(proposalId, options[2].GetProperty("proposal").GetProperty("id").GetString());
        Assert.Equal("DRAFT", poll.Get("createPoll.status").GetString());
        var listed = (await steps.Moderator.Send("query($id: ID!) { event(id: $id) { polls { id } } }", new { id = eventId })).EnsureSuccess();
        Assert.Equal(poll.Get("createPoll.id").GetString(), listed.Get("event.polls.0.id").GetString());
    }

    [Fact]
    public async Task Bad_options_are_refused_naming_the_field_and_nothing_is_stored()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var other = await host.NewCommunity();
        var outsider = await other.Member("out");
        var foreignFeedback = await outsider.SubmitId("Feedback of another community.");

        var one = await steps.CreatePoll(steps.Moderator, eventId, [new { label = "Alone" }], id: "bad-poll");
        var tooMany = await steps.CreatePoll(steps.Moderator, eventId, Enumerable.Range(0, 21).Select(i => (object)new { label = $"o{i}" }).ToArray(), id: "bad-poll");
        var foreign = await steps.CreatePoll(steps.Moderator, eventId, [new { label = "A" }, new { feedbackId = foreignFeedback }], id: "bad-poll");
        var missing = await steps.CreatePoll(steps.Moderator, eventId, [new { label = "A" }, new { proposalId = "no-such" }], id: "bad-poll");
        var both = await steps.CreatePoll(steps.Moderator, eventId, [new { label = "A", proposalId = "p" }, new { label = "B" }], id: "bad-poll");

        Assert.Contains("input.options", one.ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("input.options", tooMany.ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("input.options[1].feedbackId", foreign.ExpectError(ErrorCodes.NotFound));
        Assert.Contains("input.options[1].proposalId", missing.ExpectError(ErrorCodes.NotFound));
        Assert.Contains("input.options[0]", both.ExpectError(ErrorCodes.BadUserInput));
        Assert.Equal(JsonValueKind.Null, (await steps.ReadPoll(steps.Moderator, "bad-poll")).EnsureSuccess().Get("poll").ValueKind);
    }

    [Fact]
    public async Task Only_signed_in_attendees_vote_once_each_changeable_and_earn_points_once()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var code = await steps.Code(eventId);
        var ann = await steps.Attendee(eventId, "ann", code);
        var ben = await steps.Community.Member("ben");
        (await steps.Register(ben, eventId)).EnsureSuccess();
        var pollId = await steps.OpenPoll(eventId, "Coffee", "Benches");

        var first = (await steps.Vote(ann, pollId, "1")).EnsureSuccess();
        var changed = (await steps.Vote(ann, pollId, "2")).EnsureSuccess();
        var notSignedIn = await steps.Vote(ben, pollId, "1");
        var badOption = await steps.Vote(ann, pollId, "9");

        Assert.Equal([1, 0], first.Votes("votePoll"));
        Assert.Equal([0, 1], changed.Votes("votePoll"));
        Assert.Equal((1, "2"), (changed.Get("votePoll.ballots").GetInt32(), changed.Get("votePoll.myChoice").GetString()));
        Assert.Contains("attendees", notSignedIn.ExpectError(ErrorCodes.Forbidden));
        Assert.Contains("optionId", badOption.ExpectError(ErrorCodes.BadUserInput));
        Assert.Equal(5 + 3, await EventSteps.Points(ann));
    }

    [Fact]
    public async Task Voting_before_it_opens_after_it_closes_or_after_the_event_ends_is_bad_input()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var code = await steps.Code(eventId);
        var ann = await steps.Attendee(eventId, "ann", code);
        var draft = (await steps.CreatePoll(steps.Moderator, eventId, [new { label = "A" }, new { label = "B" }])).EnsureSuccess().Get("createPoll.id").GetString()!;
        var closed = await steps.OpenPoll(eventId, "A", "B");
        var endsWithEvent = await steps.OpenPoll(eventId, "A", "B");
        (await steps.Vote(ann, closed, "1")).EnsureSuccess();
        (await steps.PollAction(steps.Moderator, "closePoll", closed)).EnsureSuccess();

        Assert.Contains("DRAFT", (await steps.Vote(ann, draft, "1")).ExpectError(ErrorCodes.BadUserInput));
        (await steps.Transition("endEvent", eventId)).EnsureSuccess();
        Assert.Contains("CLOSED", (await steps.Vote(ann, closed, "2")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("CLOSED", (await steps.Vote(ann, endsWithEvent, "1")).ExpectError(ErrorCodes.BadUserInput));
        var counts = (await steps.ReadPoll(ann, closed)).Votes("poll");
        Assert.Equal([1, 0], counts);
    }

    [Fact]
    public async Task Counts_are_exact_under_hundreds_of_concurrent_votes_and_changes()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE", capacity: 300);
        var code = await steps.Code(eventId);
        var voters = new List<GraphQLClient>();
        foreach (var batch in Enumerable.Range(0, 200).Chunk(25))
        {
            voters.AddRange(await Task.WhenAll(batch.Select(i => steps.Attendee(eventId, $"v{i:000}", code))));
        }

        var pollId = await steps.OpenPoll(eventId, "A", "B", "C");

        // Everyone votes A, B or C by index; every other voter then changes to C at the same time as the rest vote.
        await Task.WhenAll(voters.Select((v, i) => steps.Vote(v, pollId, ((i % 3) + 1).ToString())));
        await Task.WhenAll(voters.Where((_, i) => i % 2 == 0).Select(v => steps.Vote(v, pollId, "3")));

        var expected = new int[3];
        for (var i = 0; i < voters.Count; i++)
        {
            expected[i % 2 == 0 ? 2 : i % 3]++;
        }

        var read = await steps.ReadPoll(steps.Moderator, pollId);
        Assert.Equal(expected, read.Votes("poll"));
        Assert.Equal(200, read.Get("poll.ballots").GetInt32());
        Assert.Equal(5 + 3, await EventSteps.Points(voters[0]));
    }

    [Fact]
    public async Task Members_cannot_create_or_open_polls()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");
        var pollId = (await steps.CreatePoll(steps.Moderator, eventId, [new { label = "A" }, new { label = "B" }])).EnsureSuccess().Get("createPoll.id").GetString()!;

        (await steps.CreatePoll(ann, eventId, [new { label = "A" }, new { label = "B" }])).ExpectError(ErrorCodes.Forbidden);
        (await steps.PollAction(ann, "openPoll", pollId)).ExpectError(ErrorCodes.Forbidden);
    }
}
