using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CommunityGrains.Testing;

/// <summary>Sends GraphQL over HTTP exactly as an app would: POST /graphql with JSON and a bearer token.</summary>
public sealed class GraphQLClient
{
    private static readonly Uri Endpoint = new("/graphql", UriKind.Relative);

    private readonly HttpClient _http;

    /// <summary>Every request of <paramref name="http"/>, <see cref="Http"/> included, carries <paramref name="token"/>.</summary>
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

    public Task<GraphQLResponse> Send(string query, object? variables = null) => Post(_http, Endpoint, token: null, query, variables);

    /// <summary>
    /// One request with its own token, for callers that share one <see cref="HttpClient"/> between members or hosts.
    /// Transport failures (refused connection, timeout) are thrown as <see cref="HttpClient"/> throws them.
    /// </summary>
    public static async Task<GraphQLResponse> Post(HttpClient http, Uri endpoint, string? token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return await GraphQLResponse.Read(response);
    }
}
