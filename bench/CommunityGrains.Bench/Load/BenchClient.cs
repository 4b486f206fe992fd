using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CommunityGrains.Bench.Load;

/// <summary>HTTP to the target with a connection per concurrent request; GraphQL errors in a 200 answer count as errors.</summary>
internal sealed class BenchClient : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private readonly HttpClient _http;

    public BenchClient(Uri baseUri, int concurrency)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(concurrency, 64),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
        };
        _http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Sends; true when the answer is 2xx and carries no GraphQL <c>errors</c>.</summary>
    public async Task<bool> Send(BenchRequest request, CancellationToken cancellation = default)
    {
        using var message = Message(request);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellation);
            return body.AsSpan().IndexOf("\"errors\""u8) < 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>For setup and verification: sends and returns the parsed JSON, throwing on any error.</summary>
    public async Task<JsonNode> Json(BenchRequest request)
    {
        using var message = Message(request);
        using var response = await _http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        var node = (text.Length == 0 ? null : JsonNode.Parse(text)) ?? new JsonObject();
        if (!response.IsSuccessStatusCode || node["errors"] is not null)
        {
            throw new BenchSetupException($"{request.Method} {request.Path} answered {(int)response.StatusCode}: {Truncate(text)}");
        }

        return node;
    }

    public static byte[] GraphQLBody(string query, object? variables = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new GraphQLBodyJson(query, variables));

    public static byte[] JsonBody(object value) => JsonSerializer.SerializeToUtf8Bytes(value, JsonOptions);

    public void Dispose() => _http.Dispose();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static HttpRequestMessage Message(BenchRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.Path) { Version = HttpVersion.Version11 };
        message.Headers.Authorization = request.Authorization;
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = JsonMediaType;
        }

        return message;
    }

    private static string Truncate(string text) => text.Length > 600 ? text[..600] + "…" : text;

    private sealed record GraphQLBodyJson(
        [property: System.Text.Json.Serialization.JsonPropertyName("query")] string Query,
        [property: System.Text.Json.Serialization.JsonPropertyName("variables")] object? Variables);
}
