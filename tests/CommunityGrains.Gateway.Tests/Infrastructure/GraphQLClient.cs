using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>Sends GraphQL over HTTP exactly as an app would: POST /graphql with JSON and a bearer token.</summary>
public sealed class GraphQLClient
{
    private readonly HttpClient _http;

    public GraphQLClient(HttpClient http, string? token)
    {
        _http = http;
        Token = token;
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public string? Token { get; }

    public HttpClient Http => _http;

    public async Task<GraphQLResponse> Send(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
        return await GraphQLResponse.Read(response);
    }
}

public sealed class GraphQLResponse
{
    private GraphQLResponse(HttpStatusCode status, string body, JsonElement root)
    {
        Status = status;
        Body = body;
        Root = root;
    }

    public HttpStatusCode Status { get; }

    public string Body { get; }

    public JsonElement Root { get; }

    public JsonElement Data => Root.TryGetProperty("data", out var data) ? data : default;

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
            root = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            root = default;
        }

        return new GraphQLResponse(response.StatusCode, body, root);
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
