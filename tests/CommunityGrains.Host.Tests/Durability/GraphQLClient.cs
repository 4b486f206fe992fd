using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>GraphQL over HTTP as a phone app sees it: every request ends as acknowledged, refused or failed, never as an exception.</summary>
public sealed class GraphQLClient : IDisposable
{
    public const string Unavailable = "UNAVAILABLE";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    private readonly HttpClient _http;

    public GraphQLClient(TimeSpan? timeout = null)
    {
        // Each host is its own origin; no pooled connection to a killed host outlives a few seconds.
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5), ConnectTimeout = TimeSpan.FromSeconds(3) };
        _http = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
    }

    public async Task<(Outcome Outcome, string? Code, string? Message, JsonElement Data)> Send(Uri host, string token, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, "/graphql"))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return Classify((int)response.StatusCode, body);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            return (Outcome.Failed, error.GetType().Name, error.Message, default);
        }
    }

    /// <summary>A read for the checks: data or an exception carrying the whole answer.</summary>
    public async Task<JsonElement> Query(Uri host, string token, string query, object? variables = null)
    {
        var (outcome, code, message, data) = await Send(host, token, query, variables);
        return outcome == Outcome.Acknowledged ? data : throw new InvalidOperationException($"{query} on {host}: {outcome} {code} {message}");
    }

    public void Dispose() => _http.Dispose();

    private static (Outcome, string?, string?, JsonElement) Classify(int status, string body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return (Outcome.Failed, $"HTTP {status}", body.Length > 300 ? body[..300] : body, default);
        }

        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var error = errors[0];
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            var failed = status >= 500 || code is null or Unavailable or Internal;
            return (failed ? Outcome.Failed : Outcome.Refused, code ?? $"HTTP {status}", message, default);
        }

        if (status != 200 || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return (Outcome.Failed, $"HTTP {status}", body, default);
        }

        return (Outcome.Acknowledged, null, null, data.Clone());
    }
}
