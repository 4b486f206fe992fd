using System.Collections.Concurrent;
using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Host.Tests.Durability;
using CommunityGrains.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Host.Tests.Webhooks;

/// <summary>
/// Deliveries are stored before the mutation that causes them is answered: a host killed (kill -9) while its receiver
/// is down delivers every acknowledged event after it restarts, with the event's own Webhook-Id.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WebhookCrashTests
{
    private const int Items = 5;

    [Fact]
    public async Task Deliveries_pending_at_a_kill_are_delivered_after_restart_on_sqlite()
    {
        using var directory = new TempDirectory();
        var receiverPort = FreePort.Next();
        string[] configuration =
        [
            .. DurabilityHosts.Sqlite(directory),
            "--Webhooks:AllowHttp=true",
            "--Webhooks:AllowLoopback=true",
            "--Webhooks:BackoffUnit=00:00:00.200",
        ];
        await using var host = await HostProcess.Start(directory.Path, configuration);
        var admin = TestTokens.Issue(TestTokens.SigningKey, "hooks", "admin");
        var member = TestTokens.Issue(TestTokens.SigningKey, "hooks", "author", Role.Member);
        await host.GraphQL("mutation { createCommunity(input: { id: \"hooks\", name: \"Hooks\", timeZone: \"Europe/Paris\" }) { id } }", admin);
        await host.GraphQL("mutation { joinCommunity(input: { displayName: \"Admin\" }) { id } }", admin);
        await host.GraphQL("mutation { joinCommunity(input: { displayName: \"Author\" }) { id } }", member);
        await host.GraphQL(
            "mutation($url: String!) { addWebhook(input: { url: $url, events: [FEEDBACK_SUBMITTED] }) { webhook { id } } }",
            admin,
            new { url = $"http://127.0.0.1:{receiverPort}/hook" });

        var acknowledged = new List<string>();
        for (var i = 0; i < Items; i++)
        {
            var data = await host.GraphQL($"mutation {{ submitFeedback(input: {{ id: \"f{i}\", channel: APP, body: \"Item {i}\" }}) {{ id }} }}", member);
            acknowledged.Add(data.GetProperty("submitFeedback").GetProperty("id").GetString()!);
        }

        host.Kill();
        var received = new ConcurrentDictionary<string, string>();
        await using var receiver = await StartReceiver(receiverPort, received);
        await host.Restart();

        await Poll.Until(() => Task.FromResult(received.Count >= Items), TimeSpan.FromSeconds(60), "every acknowledged event delivered after the restart");
        var delivered = received.Values.Select(body => JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("feedbackId").GetString()).Order();
        Assert.Equal(acknowledged.Order(), delivered);
        Assert.All(received.Keys, id => Assert.StartsWith("feedback-submitted:", id));
    }

    /// <summary>A receiver on loopback that records each delivery's body by its Webhook-Id.</summary>
    internal static async Task<WebApplication> StartReceiver(int port, ConcurrentDictionary<string, string> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            received[context.Request.Headers["Webhook-Id"].ToString()] = await reader.ReadToEndAsync();
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
