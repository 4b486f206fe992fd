using System.Net;
using System.Text.Json;

namespace CommunityGrains.Testing;

/// <summary>A GraphQL answer as received: status, raw body, and the parsed JSON when the body is JSON.</summary>
public sealed class GraphQLResponse
{
    private GraphQLResponse(HttpStatusCode status, string body, JsonElement root, TimeSpan? retryAfter)
    {
        Status = status;
        Body = body;
        Root = root;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode Status { get; }

    /// <summary>The <c>Retry-After</c> header as a delay, when the answer carries one.</summary>
    public TimeSpan? RetryAfter { get; }

    public string Body { get; }

    /// <summary>The parsed body; <c>default</c> (<see cref="JsonValueKind.Undefined"/>) when the body is not JSON.</summary>
    public JsonElement Root { get; }

    public bool IsJson => Root.ValueKind != JsonValueKind.Undefined;

    public JsonElement Data => Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty("data", out var data) ? data : default;

    public IReadOnlyList<JsonElement> Errors =>
        Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public IReadOnlyList<string> ErrorCodes =>
        Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "").ToList();

    public static async Task<GraphQLResponse> Read(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            root = default;
        }

        return new GraphQLResponse(response.StatusCode, body, root, response.Headers.RetryAfter?.Delta);
    }

    public GraphQLResponse EnsureSuccess()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"Expected success, got {(int)Status}: {Body}");
        return this;
    }

    /// <summary>Asserts the request was refused with this code and returns the error's message.</summary>
    public string ExpectError(string code)
    {
        Assert.True(ErrorCodes.Contains(code), $"Expected {code}, got {(int)Status}: {Body}");
        return Errors[ErrorCodes.ToList().IndexOf(code)].GetProperty("message").GetString()!;
    }

    /// <summary>A value by dotted path under data, e.g. "me.points".</summary>
    public JsonElement Get(string path)
    {
        var current = Data;
        foreach (var part in path.Split('.'))
        {
            current = int.TryParse(part, out var index) ? current[index] : current.GetProperty(part);
        }

        return current;
    }
}
