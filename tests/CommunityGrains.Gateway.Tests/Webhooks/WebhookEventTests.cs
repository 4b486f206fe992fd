using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Help;
using CommunityGrains.Gateway.Tests.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Webhooks;

/// <summary>The events raised by the real mutations reach a receiver once, also when the mutation is repeated.</summary>
public sealed class WebhookEventTests(WebhookTestHost host) : IClassFixture<WebhookTestHost>
{
    private const string Add = "mutation($url: String!, $events: [WebhookEvent!]!) { addWebhook(input: { url: $url, events: $events }) { webhook { id } } }";

    [Fact]
    public async Task A_completed_help_request_is_sent_once_with_the_request_and_the_helper()
    {
        await using var receiver = await WebhookReceiver.Start();
        var community = await Subscribed(receiver, "HELP_COMPLETED");
        var author = await community.Member("author");
        var helper = await community.Member("helper");

        var requestId = await HelpRequests.Completed(author, helper, "helper");
        (await author.Complete(requestId)).EnsureSuccess();

        var data = await Single(receiver, "HELP_COMPLETED");
        Assert.Equal((requestId, "helper"), (data.GetProperty("helpRequestId").GetString(), data.GetProperty("helperId").GetString()));
    }

    [Fact]
    public async Task A_selected_star_is_sent_once()
    {
        await using var receiver = await WebhookReceiver.Start();
        var community = await Subscribed(receiver, "STAR_SELECTED");
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        var month = await community.LearnedLastMonth("ana", "Europe/Paris");
        const string select = "mutation($month: String!) { selectStarOfTheMonth(input: { category: LEARNER, month: $month, memberId: \"ana\" }) { member { id } } }";

        (await mod.Send(select, new { month })).EnsureSuccess();
        (await mod.Send(select, new { month })).EnsureSuccess();

        var data = await Single(receiver, "STAR_SELECTED");
        Assert.Equal(("ana", month, "LEARNER"), (data.GetProperty("memberId").GetString(), data.GetProperty("month").GetString(), data.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task An_ended_event_is_sent_once()
    {
        await using var receiver = await WebhookReceiver.Start();
        var community = await Subscribed(receiver, "EVENT_ENDED");
        var steps = new EventSteps(community, await community.Member("mod", Role.Moderator));
        var id = await steps.Event("LIVE");

        (await steps.Transition("endEvent", id)).EnsureSuccess();

        var data = await Single(receiver, "EVENT_ENDED");
        Assert.Equal(id, data.GetProperty("eventId").GetString());
    }

    private async Task<TestCommunity> Subscribed(WebhookReceiver receiver, string webhookEvent)
    {
        var community = await host.NewCommunity();
        (await community.Admin.Send(Add, new { url = receiver.Url, events = new[] { webhookEvent } })).EnsureSuccess();
        return community;
    }

    /// <summary>The one delivery's data, after a pause long enough for a second delivery to have arrived if there were one.</summary>
    private static async Task<JsonElement> Single(WebhookReceiver receiver, string webhookEvent)
    {
        await receiver.WaitFor(1);
        await Task.Delay(500);
        var body = JsonDocument.Parse(Assert.Single(receiver.Received).Body).RootElement;
        Assert.Equal(webhookEvent, body.GetProperty("event").GetString());
        return body.GetProperty("data");
    }
}
