using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Events;

[Collection(HostCollection.Name)]
public sealed class SignInTests(TestHost host)
{
    [Fact]
    public async Task A_registered_member_signs_in_with_the_code_once_and_gets_the_points_once()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");
        (await steps.Register(ann, id)).EnsureSuccess();
        var code = await steps.Code(id);

        var taps = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => steps.SignIn(ann, id, code)));
        var retry = (await steps.SignIn(ann, id, code.ToLowerInvariant())).EnsureSuccess();

        Assert.All(taps, t => Assert.Equal("ATTENDED", t.EnsureSuccess().Get("signInToEvent.status").GetString()));
        Assert.Equal(taps[0].Get("signInToEvent.attendedAt").GetString(), retry.Get("signInToEvent.attendedAt").GetString());
        Assert.Equal(5, await EventSteps.Points(ann));
        Assert.Equal(1, (await steps.Read(steps.Moderator, id)).EnsureSuccess().Get("event.attended").GetInt32());
    }

    [Fact]
    public async Task A_wrong_or_expired_code_is_bad_input_and_a_rotated_code_still_works_until_it_expires()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event("LIVE");
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        var cat = await steps.Community.Member("cat");
        foreach (var member in new[] { ann, ben, cat })
        {
            (await steps.Register(member, id)).EnsureSuccess();
        }

        var issued = (await steps.IssueCode(steps.Moderator, id)).EnsureSuccess();
        var old = issued.Get("issueSignInCode.code").GetString()!;
        var fresh = await steps.Code(id);

        Assert.Contains("code", (await steps.SignIn(ann, id, "WRONGCOD")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Equal(EventSteps.Iso(steps.Now.AddMinutes(10)), issued.Get("issueSignInCode.expiresAt").GetString());
        (await steps.SignIn(ben, id, old)).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.Contains("expired", (await steps.SignIn(cat, id, fresh)).ExpectError(ErrorCodes.BadUserInput));
        Assert.Equal(0, await EventSteps.Points(cat));
    }

    [Fact]
    public async Task A_member_who_is_not_registered_is_forbidden_with_a_message_saying_so()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event("LIVE", capacity: 1);
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        var stranger = await steps.Community.Member("stranger");
        (await steps.Register(ann, id)).EnsureSuccess();
        (await steps.Register(ben, id)).EnsureSuccess();
        var code = await steps.Code(id);

        Assert.Contains("not registered", (await steps.SignIn(stranger, id, code)).ExpectError(ErrorCodes.Forbidden));
        Assert.Contains("waitlist", (await steps.SignIn(ben, id, code)).ExpectError(ErrorCodes.Forbidden));
    }

    [Fact]
    public async Task Sign_in_is_open_only_while_the_event_is_live()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event();
        var ann = await steps.Community.Member("ann");
        (await steps.Register(ann, id)).EnsureSuccess();
        var code = await steps.Code(id);

        Assert.Contains("PUBLISHED", (await steps.SignIn(ann, id, code)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Staff_mark_a_walk_in_once_and_members_cannot()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event("LIVE", capacity: 1);
        var facilitator = await steps.Community.Member("fay");
        (await steps.Moderator.Send("mutation($id: ID!) { assignEventStaff(input: { eventId: $id, memberId: \"fay\", role: FACILITATOR }) { id } }", new { id })).EnsureSuccess();
        var ann = await steps.Community.Member("ann");
        (await steps.Register(ann, id)).EnsureSuccess();
        var walkIn = await steps.Community.Member("walk-in");

        var marked = (await steps.MarkAttendance(facilitator, id, "walk-in")).EnsureSuccess();
        (await steps.MarkAttendance(facilitator, id, "walk-in")).EnsureSuccess();
        (await steps.MarkAttendance(ann, id, "ann")).ExpectError(ErrorCodes.Forbidden);
        (await steps.IssueCode(ann, id)).ExpectError(ErrorCodes.Forbidden);

        Assert.Equal("ATTENDED", marked.Get("markAttendance.status").GetString());
        Assert.Equal(5, await EventSteps.Points(walkIn));
        var read = (await steps.Read(steps.Moderator, id)).EnsureSuccess();
        Assert.Equal((2, 1), (read.Get("event.registered").GetInt32(), read.Get("event.attended").GetInt32()));
    }
}
