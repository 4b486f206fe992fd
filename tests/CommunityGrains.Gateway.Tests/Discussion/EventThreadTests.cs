using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Discussion;

[Collection(HostCollection.Name)]
public sealed class EventThreadTests(TestHost host)
{
    [Fact]
    public async Task Any_member_discusses_a_published_event_registered_or_not_and_earns_the_points()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event();
        var registered = await steps.Community.Member("registered");
        var curious = await steps.Community.Member("curious");
        (await steps.Register(registered, id)).EnsureSuccess();
        var before = await curious.Points();

        (await curious.Comment(id, "Is there step-free access?", subject: "EVENT")).EnsureSuccess();
        (await registered.Comment(id, "Yes, by the side door.", subject: "EVENT")).EnsureSuccess();
        var read = (await registered.Send("query($id: ID!) { event(id: $id) { thread { subject subjectId commentCount comments { nodes { body author { id } } } } } }", new { id })).EnsureSuccess();

        Assert.Equal(("EVENT", id, 2), (read.Get("event.thread.subject").GetString(), read.Get("event.thread.subjectId").GetString(), read.Get("event.thread.commentCount").GetInt32()));
        Assert.Equal(["curious", "registered"], read.Get("event.thread.comments.nodes").EnumerateArray().Select(n => n.GetProperty("author").GetProperty("id").GetString()));
        Assert.Equal(before + 5, await curious.Points());
    }

    [Fact]
    public async Task A_draft_events_thread_is_its_organisers_only()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(status: "DRAFT");
        var member = await steps.Community.Member("member");

        (await steps.Moderator.Comment(id, "Agenda to be confirmed", subject: "EVENT")).EnsureSuccess();
        var refused = await member.Comment(id, "Can I come?", subject: "EVENT");
        var hidden = await member.Thread(id, subject: "EVENT");

        refused.ExpectError(ErrorCodes.NotFound);
        hidden.ExpectError(ErrorCodes.NotFound);
        Assert.Equal(1, (await steps.Moderator.Thread(id, subject: "EVENT")).EnsureSuccess().Get("thread.commentCount").GetInt32());
    }
}
