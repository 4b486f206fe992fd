using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Events;

[Collection(HostCollection.Name)]
public sealed class RegistrationTests(TestHost host)
{
    [Fact]
    public async Task Thirty_two_registering_at_once_for_thirty_seats_give_thirty_registered_and_two_waitlisted()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(capacity: 30);
        var members = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => steps.Community.Member($"m{i:00}")));

        var answers = await Task.WhenAll(members.Select(m => steps.Register(m, id)));

        var statuses = answers.Select(a => a.EnsureSuccess().Get("registerForEvent.status").GetString()).ToList();
        Assert.Equal(30, statuses.Count(s => s == "REGISTERED"));
        Assert.Equal(2, statuses.Count(s => s == "WAITLISTED"));
        var waitlisted = answers.Select(a => a.Get("registerForEvent")).Where(r => r.GetProperty("status").GetString() == "WAITLISTED").ToList();
        Assert.Equal([1, 2], waitlisted.Select(r => r.GetProperty("waitlistPosition").GetInt32()).Order());
        var read = (await steps.Read(steps.Moderator, id)).EnsureSuccess();
        Assert.Equal((30, 2), (read.Get("event.registered").GetInt32(), read.Get("event.waitlisted").GetInt32()));

        // In arrival order: the registration order lists the seated first and the waitlist after them, 1 then 2.
        var all = (await steps.Registrations(steps.Moderator, id, first: 100)).EnsureSuccess().Get("event.registrations.nodes").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Repeat("REGISTERED", 30).Concat(["WAITLISTED", "WAITLISTED"]), all.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([1, 2], all.Skip(30).Select(r => r.GetProperty("waitlistPosition").GetInt32()));
    }

    [Fact]
    public async Task Registering_again_is_idempotent()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(capacity: 1);
        var ann = await steps.Community.Member("ann");

        var first = (await steps.Register(ann, id)).EnsureSuccess();
        var again = (await steps.Register(ann, id)).EnsureSuccess();

        Assert.Equal(first.Body, again.Body);
        Assert.Equal((1, 0), await Counts(steps, id));
    }

    [Fact]
    public async Task Cancelling_frees_the_seat_and_promotes_the_first_on_the_waitlist()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(capacity: 2);
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        var cat = await steps.Community.Member("cat");
        var dan = await steps.Community.Member("dan");
        foreach (var member in new[] { ann, ben, cat, dan })
        {
            (await steps.Register(member, id)).EnsureSuccess();
        }

        var danBefore = (await steps.Read(dan, id)).EnsureSuccess().Get("event.myRegistration.waitlistPosition").GetInt32();
        var cancelled = (await steps.CancelRegistration(ben, id)).EnsureSuccess();

        Assert.Equal(2, danBefore);
        Assert.Equal("CANCELLED", cancelled.Get("cancelRegistration.status").GetString());
        Assert.Equal("REGISTERED", (await steps.Read(cat, id)).EnsureSuccess().Get("event.myRegistration.status").GetString());
        var danAfter = (await steps.Read(dan, id)).EnsureSuccess().Get("event.myRegistration");
        Assert.Equal(("WAITLISTED", 1), (danAfter.GetProperty("status").GetString(), danAfter.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal((2, 1), await Counts(steps, id));
    }

    [Fact]
    public async Task A_waitlisted_member_who_cancels_leaves_the_seats_as_they_were()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(capacity: 1);
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        var cat = await steps.Community.Member("cat");
        (await steps.Register(ann, id)).EnsureSuccess();
        (await steps.Register(ben, id)).EnsureSuccess();
        (await steps.Register(cat, id)).EnsureSuccess();

        (await steps.CancelRegistration(ben, id)).EnsureSuccess();
        (await steps.CancelRegistration(ann, id)).EnsureSuccess();

        Assert.Equal("REGISTERED", (await steps.Read(cat, id)).EnsureSuccess().Get("event.myRegistration.status").GetString());
        Assert.Equal((1, 0), await Counts(steps, id));
    }

    [Fact]
    public async Task Registration_needs_a_published_event_and_a_member()
    {
        var steps = await EventSteps.Start(host);
        var draft = await steps.Event("DRAFT");
        var open = await steps.Event();
        var ann = await steps.Community.Member("ann");

        Assert.Contains("DRAFT", (await steps.Register(ann, draft)).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("not joined", (await steps.Register(steps.Community.As("not-joined"), open)).ExpectError(ErrorCodes.NotFound));
        Assert.Contains("not registered", (await steps.CancelRegistration(ann, open)).ExpectError(ErrorCodes.NotFound));
        Assert.Equal(JsonValueKind.Null, (await steps.Read(ann, open)).EnsureSuccess().Get("event.myRegistration").ValueKind);
    }

    [Fact]
    public async Task Registrations_are_listed_to_moderators_in_pages_and_by_status()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(capacity: 3);
        for (var i = 0; i < 5; i++)
        {
            (await steps.Register(await steps.Community.Member($"m{i}"), id)).EnsureSuccess();
        }

        var page = (await steps.Registrations(steps.Moderator, id, first: 2)).EnsureSuccess();
        var next = (await steps.Registrations(steps.Moderator, id, first: 10, after: page.Get("event.registrations.pageInfo.endCursor").GetString())).EnsureSuccess();
        var waitlisted = (await steps.Registrations(steps.Moderator, id, status: "WAITLISTED")).EnsureSuccess();

        Assert.Equal(["m0", "m1"], Members(page));
        Assert.True(page.Get("event.registrations.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(["m2", "m3", "m4"], Members(next));
        Assert.Equal(["m3", "m4"], Members(waitlisted));
        Assert.Equal(2, waitlisted.Get("event.registrations.totalCount").GetInt32());
        (await steps.Registrations(await steps.Community.Member("nosy"), id)).ExpectError(ErrorCodes.Forbidden);
    }

    private static async Task<(int Registered, int Waitlisted)> Counts(EventSteps steps, string id)
    {
        var read = (await steps.Read(steps.Moderator, id)).EnsureSuccess();
        return (read.Get("event.registered").GetInt32(), read.Get("event.waitlisted").GetInt32());
    }

    private static List<string> Members(GraphQLResponse response) =>
        response.Get("event.registrations.nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("id").GetString()!).ToList();
}
