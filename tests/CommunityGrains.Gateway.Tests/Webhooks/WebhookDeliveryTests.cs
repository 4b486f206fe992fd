using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Webhooks;

public sealed class WebhookDeliveryTests(WebhookTestHost host) : IClassFixture<WebhookTestHost>
{
    private const string Add = "mutation($url: String!, $events: [WebhookEvent!]!) { addWebhook(input: { url: $url, events: $events }) { secret webhook { id url events active } } }";

    [Fact]
    public async Task A_failing_receiver_gets_the_same_signed_event_until_it_answers_2xx()
    {
        await using var receiver = await WebhookReceiver.Start(failures: 2);
        var community = await host.NewCommunity();
        var added = (await community.Admin.Send(Add, new { url = receiver.Url, events = new[] { "FEEDBACK_SUBMITTED" } })).EnsureSuccess();
        var secret = added.Get("addWebhook.secret").GetString()!;
        var webhookId = added.Get("addWebhook.webhook.id").GetString()!;
        var author = await community.Member("author");

        var item = await author.SubmitId("Anonymous complaint", anonymous: true);
        var attempts = await receiver.WaitFor(3);
        var log = await WaitForDelivered(community.Admin, webhookId);

        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(a => a.Id).Distinct());
        Assert.All(attempts, a => Assert.Equal(Sign(secret, a.Id, a.Timestamp, a.Body), a.Signature));
        var body = JsonDocument.Parse(attempts[^1].Body).RootElement;
        Assert.Equal((attempts[0].Id, "FEEDBACK_SUBMITTED", community.Id, item), (body.GetProperty("id").GetString(), body.GetProperty("event").GetString(), body.GetProperty("community").GetString(), body.GetProperty("data").GetProperty("feedbackId").GetString()));
        Assert.DoesNotContain("author", attempts[^1].Body);
        Assert.Equal((3, 200, true), (log.GetProperty("attempts").GetInt32(), log.GetProperty("lastStatus").GetInt32(), log.GetProperty("delivered").GetBoolean()));
    }

    [Fact]
    public async Task Only_the_events_a_webhook_asked_for_are_sent_and_a_ping_is_sent_on_request()
    {
        await using var receiver = await WebhookReceiver.Start();
        var community = await host.NewCommunity();
        var webhookId = (await community.Admin.Send(Add, new { url = receiver.Url, events = new[] { "MEMBER_JOINED" } })).EnsureSuccess().Get("addWebhook.webhook.id").GetString();
        var author = await community.Member("author");
        await author.SubmitId("Not wanted by this webhook");

        var ping = (await community.Admin.Send("mutation($id: ID!) { testWebhook(webhookId: $id) { eventId event } }", new { id = webhookId })).EnsureSuccess();
        var received = await receiver.WaitFor(2);
        await Task.Delay(300);

        Assert.Equal(["MEMBER_JOINED", "PING"], receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("event").GetString()).Order());
        Assert.Contains(received, r => r.Id == ping.Get("testWebhook.eventId").GetString());
    }

    [Fact]
    public async Task A_dead_receiver_does_not_slow_mutations_or_another_receiver()
    {
        await using var healthy = await WebhookReceiver.Start();
        var community = await host.NewCommunity();
        (await community.Admin.Send(Add, new { url = "http://127.0.0.1:9/dead", events = new[] { "FEEDBACK_SUBMITTED" } })).EnsureSuccess();
        (await community.Admin.Send(Add, new { url = healthy.Url, events = new[] { "FEEDBACK_SUBMITTED" } })).EnsureSuccess();
        var author = await community.Member("author");

        var started = DateTime.UtcNow;
        for (var i = 0; i < 5; i++)
        {
            await author.SubmitId($"Item {i}");
        }

        var elapsed = DateTime.UtcNow - started;
        var received = await healthy.WaitFor(5, TimeSpan.FromSeconds(10));

        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"five submissions took {elapsed}");
        Assert.Equal(5, received.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_community_has_at_most_20_webhooks_and_a_removed_one_is_gone()
    {
        var community = await host.NewCommunity();
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await community.Admin.Send(Add, new { url = $"http://127.0.0.1:9/h{i}", events = new[] { "MEMBER_JOINED" } })).EnsureSuccess().Get("addWebhook.webhook.id").GetString()!);
        }

        var refused = (await community.Admin.Send(Add, new { url = "http://127.0.0.1:9/h21", events = new[] { "MEMBER_JOINED" } })).ExpectError(ErrorCodes.BadUserInput);
        var removed = (await community.Admin.Send("mutation($id: ID!) { removeWebhook(webhookId: $id) }", new { id = ids[0] })).EnsureSuccess();
        var listed = (await community.Admin.Send("{ webhooks { id } }")).EnsureSuccess();
        var byMember = await (await community.Member("bob")).Send("{ webhooks { id } }");

        Assert.Contains("at most 20", refused);
        Assert.True(removed.Get("removeWebhook").GetBoolean());
        Assert.Equal(ids.Skip(1), listed.Get("webhooks").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        byMember.ExpectError(ErrorCodes.Forbidden);
    }

    private static async Task<JsonElement> WaitForDelivered(GraphQLClient admin, string webhookId)
    {
        for (var i = 0; i < 100; i++)
        {
            var log = (await admin.Send("{ webhooks { id deliveries(first: 3) { eventId attempts lastStatus delivered nextAttemptAt } } }")).EnsureSuccess();
            var delivery = log.Get("webhooks").EnumerateArray().Single(w => w.GetProperty("id").GetString() == webhookId).GetProperty("deliveries")[0];
            if (delivery.GetProperty("delivered").GetBoolean())
            {
                return delivery;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The delivery was not recorded as delivered.");
    }

    private static string Sign(string secret, string id, string timestamp, string body) =>
        "v1," + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
}
