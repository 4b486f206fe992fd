using System.Text.Json;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// GraphQL over HTTP as a phone app sees it: every request ends as acknowledged, refused or failed, never as an
/// exception. One client for every host of the cluster, so each request names its host.
/// </summary>
public sealed class OutcomeClient : IDisposable
{
    public const string Unavailable = "UNAVAILABLE";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    private readonly HttpClient _http;

    public OutcomeClient(TimeSpan? timeout = null)
    {
        // Each host is its own origin; no pooled connection to a killed host outlives a few seconds.
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5), ConnectTimeout = TimeSpan.FromSeconds(3) };
        _http = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
    }

    public async Task<(Outcome Outcome, string? Code, string? Message, JsonElement Data)> Send(Uri host, string token, string query, object? variables)
    {
        var (outcome, code, message, data, _) = await SendWithStatus(host, token, query, variables);
        return (outcome, code, message, data);
    }

    /// <summary>As <see cref="Send"/>, with the HTTP status and <c>Retry-After</c> (status 0 when no answer came).</summary>
    public async Task<(Outcome Outcome, string? Code, string? Message, JsonElement Data, (int Status, TimeSpan? RetryAfter) Http)> SendWithStatus(
        Uri host, string token, string query, object? variables)
    {
        try
        {
            var response = await GraphQLClient.Post(_http, new Uri(host, "/graphql"), token, query, variables);
            var (outcome, code, message, data) = Classify(response);
            return (outcome, code, message, data, ((int)response.Status, response.RetryAfter));
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            return (Outcome.Failed, error.GetType().Name, error.Message, default, (0, null));
        }
    }

    /// <summary>A read for the checks: data or an exception carrying the whole answer.</summary>
    public async Task<JsonElement> Query(Uri host, string token, string query, object? variables = null)
    {
        var (outcome, code, message, data) = await Send(host, token, query, variables);
        return outcome == Outcome.Acknowledged ? data : throw new InvalidOperationException($"{query} on {host}: {outcome} {code} {message}");
    }

    public void Dispose() => _http.Dispose();

    private static (Outcome, string?, string?, JsonElement) Classify(GraphQLResponse response)
    {
        var status = (int)response.Status;
        if (!response.IsJson)
        {
            return (Outcome.Failed, $"HTTP {status}", response.Body.Length > 300 ? response.Body[..300] : response.Body, default);
        }

        if (response.Errors.Count > 0)
        {
            var error = response.Errors[0];
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            var failed = status >= 500 || code is null or Unavailable or Internal;
            return (failed ? Outcome.Failed : Outcome.Refused, code ?? $"HTTP {status}", message, default);
        }

        if (status != 200 || response.Data.ValueKind != JsonValueKind.Object)
        {
            return (Outcome.Failed, $"HTTP {status}", response.Body, default);
        }

        return (Outcome.Acknowledged, null, null, response.Data);
    }
}
