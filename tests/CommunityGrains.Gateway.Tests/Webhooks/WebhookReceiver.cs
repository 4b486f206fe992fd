using System.Collections.Concurrent;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Gateway.Tests.Webhooks;

/// <summary>A real HTTP receiver on loopback (Kestrel) that answers 500 to its first <c>failures</c> requests, then 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failures)
    {
        _app = app;
        _failuresLeft = failures;
    }

    public ConcurrentQueue<ReceivedDelivery> Received { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> Start(int failures = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Port 0: the kernel picks the port as it binds, so nothing can take it in between; the address is read back.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failures);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue(new ReceivedDelivery(
                context.Request.Headers["Webhook-Id"].ToString(),
                context.Request.Headers["Webhook-Timestamp"].ToString(),
                context.Request.Headers["Webhook-Signature"].ToString(),
                body));
            return Interlocked.Decrement(ref receiver._failuresLeft) >= 0 ? Results.StatusCode(500) : Results.Ok();
        });
        await app.StartAsync();
        receiver.Url = app.Urls.Single() + "/hook";
        return receiver;
    }

    /// <summary>Waits (real time) until <paramref name="count"/> requests have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedDelivery>> WaitFor(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Received.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        return Received.ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedDelivery(string Id, string Timestamp, string Signature, string Body);
