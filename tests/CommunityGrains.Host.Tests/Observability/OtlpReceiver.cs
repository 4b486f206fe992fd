using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Host.Tests.Observability;

/// <summary>A stand-in OTLP/HTTP collector on a loopback port (bound as port 0, read back) that keeps what it is sent, by signal.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentBag<byte[]>> _received;

    private OtlpReceiver(WebApplication app, Uri endpoint, ConcurrentDictionary<string, ConcurrentBag<byte[]>> received)
    {
        _app = app;
        Endpoint = endpoint;
        _received = received;
    }

    public Uri Endpoint { get; }

    public static async Task<OtlpReceiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var received = new ConcurrentDictionary<string, ConcurrentBag<byte[]>>();
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.GetOrAdd(signal, _ => []).Add(body.ToArray());
            return Results.Ok();
        });
        await app.StartAsync();
        return new OtlpReceiver(app, new Uri(app.Urls.Single()), received);
    }

    /// <summary>Whether a payload of this signal ("metrics", "traces") mentions the text (protobuf keeps strings as UTF-8).</summary>
    public bool Saw(string signal, string text) =>
        _received.TryGetValue(signal, out var payloads) && payloads.Any(p => Encoding.UTF8.GetString(p).Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
