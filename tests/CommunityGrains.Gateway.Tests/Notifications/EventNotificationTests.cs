using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Surveys;

namespace CommunityGrains.Gateway.Tests.Notifications;

[Collection(HostCollection.Name)]
public sealed class EventNotificationTests(TestHost host)
{
    [Fact]
    public async Task The_member_promoted_from_the_waitlist_is_told_once()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(capacity: 1, title: "Repair café");
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        var cat = await steps.Community.Member("cat");
        foreach (var member in new[] { ann, ben, cat })
        {
            (await steps.Register(member, id)).EnsureSuccess();
        }

        (await steps.CancelRegistration(ann, id)).EnsureSuccess();
        (await steps.CancelRegistration(ann, id)).EnsureSuccess();
        await steps.Read(steps.Moderator, id);

        Assert.Equal(["WAITLIST_PROMOTED"], await ben.Kinds());
        Assert.Contains("Repair café", (await ben.Inbox()).Get("notifications.nodes.0.text").GetString());
        Assert.Empty(await cat.Kinds());
        Assert.Empty(await ann.Kinds());
    }

    [Fact]
    public async Task Registered_members_are_reminded_a_day_before_once_and_not_earlier()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event(capacity: 1, title: "Clean-up walk", startsAt: steps.Now.AddDays(3));
        var seated = await steps.Community.Member("seated");
        var waiting = await steps.Community.Member("waiting");
        var bystander = await steps.Community.Member("bystander");
        (await steps.Register(seated, id)).EnsureSuccess();
        (await steps.Register(waiting, id)).EnsureSuccess();

        host.Time.Advance(TimeSpan.FromDays(1));
        (await steps.Read(bystander, id)).EnsureSuccess();
        var early = await seated.Kinds();
        host.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        (await steps.Read(bystander, id)).EnsureSuccess();
        (await steps.Read(seated, id)).EnsureSuccess();

        Assert.Empty(early);
        Assert.Equal(["EVENT_REMINDER"], await seated.KindsOnce(1));
        Assert.Contains("Clean-up walk", (await seated.Inbox()).Get("notifications.nodes.0.text").GetString());
        Assert.Empty(await waiting.Kinds());
        Assert.Empty(await bystander.Kinds());
        Assert.Empty(await steps.Moderator.Kinds());
    }

    [Fact]
    public async Task A_community_survey_invites_every_member_but_its_author()
    {
        var steps = await EventSteps.Start(host);
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");

        var surveyId = await SurveyTests.Create(steps.Moderator, new { id = "s-community", kind = "NPS", title = "How are we doing?" });
        (await SurveyTests.CreateRaw(steps.Moderator, new { id = "s-community", kind = "NPS", title = "How are we doing?" })).EnsureSuccess();

        Assert.Equal(["SURVEY_INVITATION"], await ann.KindsOnce(1));
        Assert.Equal(["SURVEY_INVITATION"], await ben.KindsOnce(1));
        Assert.Equal(["SURVEY_INVITATION"], await steps.Community.Admin.KindsOnce(1));
        Assert.Equal(surveyId, (await ann.Inbox()).Get("notifications.nodes.0.subjectId").GetString());
        Assert.Contains("How are we doing?", (await ann.Inbox()).Get("notifications.nodes.0.text").GetString());
        Assert.Empty(await steps.Moderator.Kinds());
    }

    [Fact]
    public async Task An_event_survey_invites_the_members_registered_for_the_event_only()
    {
        var steps = await EventSteps.Start(host);
        var id = await steps.Event();
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        (await steps.Register(ann, id)).EnsureSuccess();

        await SurveyTests.Create(steps.Moderator, new { kind = "NPS", title = "Before we meet", eventId = id, phase = "BEFORE" });

        Assert.Equal(["SURVEY_INVITATION"], await ann.KindsOnce(1));
        Assert.Empty(await ben.Kinds());
    }
}
