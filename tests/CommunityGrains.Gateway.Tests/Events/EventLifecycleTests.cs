using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Events;

[Collection(HostCollection.Name)]
public sealed class EventLifecycleTests(TestHost host)
{
    [Fact]
    public async Task A_moderator_creates_publishes_starts_and_ends_an_event()
    {
        var steps = await EventSteps.Start(host);

        var created = (await steps.Create(steps.Moderator, title: "Meetup #1", capacity: 40)).EnsureSuccess();
        var id = created.Get("createEvent.id").GetString()!;
        var published = (await steps.Transition("publishEvent", id)).EnsureSuccess();
        var live = (await steps.Transition("startEvent", id)).EnsureSuccess();
        var ended = (await steps.Transition("endEvent", id)).EnsureSuccess();

        Assert.Equal(("DRAFT", "Meetup #1", 40, "OFFLINE", "Town hall, room 2"), (
            created.Get("createEvent.status").GetString(),
            created.Get("createEvent.title").GetString(),
            created.Get("createEvent.capacity").GetInt32(),
            created.Get("createEvent.format").GetString(),
            created.Get("createEvent.venue").GetString()));
        Assert.Equal(["Welcome", "Breakout groups"], created.Get("createEvent.agenda").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("PUBLISHED", published.Get("publishEvent.status").GetString());
        Assert.Equal("LIVE", live.Get("startEvent.status").GetString());
        Assert.Equal("ENDED", ended.Get("endEvent.status").GetString());
    }

    [Fact]
    public async Task A_step_out_of_order_is_refused_naming_the_status()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event("DRAFT");

        var message = (await steps.Transition("startEvent", id)).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("DRAFT", message);
        Assert.Equal("DRAFT", (await steps.Read(steps.Moderator, id)).EnsureSuccess().Get("event.status").GetString());
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_marks_registrations_cancelled()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event();
        var ann = await steps.Community.Member("ann");
        (await steps.Register(ann, id)).EnsureSuccess();

        var noReason = await steps.Moderator.Send("mutation($id: ID!) { cancelEvent(eventId: $id, reason: \" \") { status } }", new { id });
        Assert.Contains("reason", noReason.ExpectError(ErrorCodes.BadUserInput));
        var cancelled = (await steps.Moderator.Send("mutation($id: ID!) { cancelEvent(eventId: $id, reason: \"The hall flooded.\") { status } }", new { id })).EnsureSuccess();

        Assert.Equal("CANCELLED", cancelled.Get("cancelEvent.status").GetString());
        Assert.Equal("CANCELLED", (await steps.Read(ann, id)).EnsureSuccess().Get("event.myRegistration.status").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_client_id_returns_the_same_event_and_other_input_is_a_conflict()
    {
        var steps = await EventSteps.Start(host);
        var start = steps.Now.AddDays(3);

        var first = (await steps.Create(steps.Moderator, id: "meetup-1", startsAt: start)).EnsureSuccess();
        var retry = (await steps.Create(steps.Moderator, id: "meetup-1", startsAt: start)).EnsureSuccess();
        var other = await steps.Create(steps.Moderator, id: "meetup-1", title: "Something else", startsAt: start);

        Assert.Equal(first.Body, retry.Body);
        Assert.Contains("input.id", other.ExpectError(ErrorCodes.Conflict));
        Assert.Equal(1, (await steps.Moderator.Send("{ events { totalCount } }")).EnsureSuccess().Get("events.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("title", "", 30, 0, "input.title")]
    [InlineData("title", "long", 30, 0, "input.title")]
    [InlineData("capacity", "", 0, 0, "input.capacity")]
    [InlineData("capacity", "", 100_001, 0, "input.capacity")]
    [InlineData("endsAt", "", 30, -1, "input.endsAt")]
    [InlineData("endsAt", "", 30, 0, "input.endsAt")]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_stored(string what, string titleKind, int capacity, int hoursLong, string field)
    {
        var steps = await EventSteps.Start(host);
        var start = steps.Now.AddDays(2);
        var title = what == "title" ? (titleKind == "long" ? new string('x', 201) : " ") : "Meetup";
        var end = what == "endsAt" ? start.AddHours(hoursLong) : start.AddHours(3);

        var message = (await steps.Create(steps.Moderator, id: "bad-1", title: title, capacity: capacity, startsAt: start, endsAt: end)).ExpectError(ErrorCodes.BadUserInput);

        Assert.StartsWith(field, message);
        Assert.Equal(JsonValueKind.Null, (await steps.Read(steps.Moderator, "bad-1")).EnsureSuccess().Get("event").ValueKind);
        Assert.Equal(0, (await steps.Moderator.Send("{ events { totalCount } }")).EnsureSuccess().Get("events.totalCount").GetInt32());
    }

    [Fact]
    public async Task An_offline_event_needs_a_venue_and_an_online_one_has_none()
    {
        var steps = await EventSteps.Start(host);

        var offline = await steps.Create(steps.Moderator, venue: null);
        var online = (await steps.Create(steps.Moderator, format: "ONLINE", venue: "ignored")).EnsureSuccess();

        Assert.Contains("input.venue", offline.ExpectError(ErrorCodes.BadUserInput));
        Assert.Equal(JsonValueKind.Null, online.Get("createEvent.venue").ValueKind);
    }

    [Fact]
    public async Task Members_cannot_create_events_nor_see_drafts()
    {
        var steps = await EventSteps.Start(host);
        var ann = await steps.Community.Member("ann");
        var draft = await steps.Event("DRAFT");

        (await steps.Create(ann)).ExpectError(ErrorCodes.Forbidden);

        Assert.Equal(JsonValueKind.Null, (await steps.Read(ann, draft)).EnsureSuccess().Get("event").ValueKind);
        Assert.Equal(0, (await ann.Send("{ events { totalCount } }")).EnsureSuccess().Get("events.totalCount").GetInt32());
    }

    [Fact]
    public async Task Events_list_live_first_then_upcoming_by_start_then_past_ones()
    {
        var steps = await EventSteps.Start(host);
        var later = await steps.Event(title: "Later", startsAt: steps.Now.AddDays(20));
        var sooner = await steps.Event(title: "Sooner", startsAt: steps.Now.AddDays(5));
        var live = await steps.Event("LIVE", title: "Now");
        var past = await steps.Event("LIVE", title: "Past");
        (await steps.Transition("endEvent", past)).EnsureSuccess();

        var all = (await steps.Moderator.Send("{ events { totalCount nodes { id } } }")).EnsureSuccess();
        var paged = (await steps.Moderator.Send("{ events(first: 2) { pageInfo { hasNextPage endCursor } nodes { id } } }")).EnsureSuccess();
        var rest = (await steps.Moderator.Send("query($after: String) { events(first: 2, after: $after) { nodes { id } } }", new { after = paged.Get("events.pageInfo.endCursor").GetString() })).EnsureSuccess();
        var ended = (await steps.Moderator.Send("{ events(status: ENDED) { nodes { id } } }")).EnsureSuccess();

        Assert.Equal([live, sooner, later, past], Ids(all, "events"));
        Assert.Equal([live, sooner], Ids(paged, "events"));
        Assert.Equal([later, past], Ids(rest, "events"));
        Assert.Equal([past], Ids(ended, "events"));
    }

    [Fact]
    public async Task Past_events_page_newest_first_across_the_months_they_started_in()
    {
        var steps = await EventSteps.Start(host);
        var open = await steps.Event(startsAt: steps.Now.AddDays(3));
        var ended = await steps.Event("LIVE", startsAt: steps.Now.AddDays(7));
        (await steps.Transition("endEvent", ended)).EnsureSuccess();
        var cancelled = new List<string>();
        foreach (var days in new[] { 40, 75, 76, 110 })
        {
            var id = await steps.Event(startsAt: steps.Now.AddDays(days));
            (await steps.Moderator.Send("mutation($id: ID!) { cancelEvent(eventId: $id, reason: \"Venue closed\") { id } }", new { id })).EnsureSuccess();
            cancelled.Insert(0, id);
        }

        var pages = new List<List<string>>();
        string? after = null;
        do
        {
            var page = (await steps.Moderator.Send("query($after: String) { events(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }", new { after })).EnsureSuccess();
            Assert.Equal(6, page.Get("events.totalCount").GetInt32());
            pages.Add(Ids(page, "events"));
            after = page.Get("events.pageInfo.hasNextPage").GetBoolean() ? page.Get("events.pageInfo.endCursor").GetString() : null;
        }
        while (after is not null);
        var onlyCancelled = (await steps.Moderator.Send("{ events(status: CANCELLED) { totalCount nodes { id } } }")).EnsureSuccess();
        var onlyEnded = (await steps.Moderator.Send("{ events(status: ENDED) { totalCount nodes { id } } }")).EnsureSuccess();

        Assert.Equal([[open, cancelled[0]], [cancelled[1], cancelled[2]], [cancelled[3], ended]], pages);
        Assert.Equal(cancelled, Ids(onlyCancelled, "events"));
        Assert.Equal((4, 1), (onlyCancelled.Get("events.totalCount").GetInt32(), onlyEnded.Get("events.totalCount").GetInt32()));
        Assert.Equal([ended], Ids(onlyEnded, "events"));
    }

    [Fact]
    public async Task Staff_are_assigned_by_a_moderator_and_must_be_members()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event();
        await steps.Community.Member("host-hana");

        var assigned = (await steps.Moderator.Send(
            "mutation($id: ID!) { assignEventStaff(input: { eventId: $id, memberId: \"host-hana\", role: HOST }) { staff { member { id } role } } }", new { id })).EnsureSuccess();
        var stranger = await steps.Moderator.Send(
            "mutation($id: ID!) { assignEventStaff(input: { eventId: $id, memberId: \"nobody\", role: GUEST }) { id } }", new { id });

        Assert.Equal("host-hana", assigned.Get("assignEventStaff.staff.0.member.id").GetString());
        Assert.Equal("HOST", assigned.Get("assignEventStaff.staff.0.role").GetString());
        Assert.Contains("input.memberId", stranger.ExpectError(ErrorCodes.NotFound));
    }

    [Fact]
    public async Task My_events_lists_the_events_i_registered_for_but_not_cancelled_ones()
    {
        var steps = await EventSteps.Start(host);
        var first = await steps.Event(startsAt: steps.Now.AddDays(3));
        var second = await steps.Event(startsAt: steps.Now.AddDays(2));
        var dropped = await steps.Event();
        await steps.Event();
        var ann = await steps.Community.Member("ann");
        (await steps.Register(ann, first)).EnsureSuccess();
        (await steps.Register(ann, second)).EnsureSuccess();
        (await steps.Register(ann, dropped)).EnsureSuccess();
        (await steps.CancelRegistration(ann, dropped)).EnsureSuccess();

        var mine = (await ann.Send("{ myEvents { id } }")).EnsureSuccess();

        Assert.Equal([second, first], mine.Get("myEvents").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
    }

    private static List<string> Ids(GraphQLResponse response, string connection) =>
        response.Get(connection + ".nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
}
