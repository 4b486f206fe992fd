using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.PersistedQueries;

/// <summary>Requests as Apollo Client's persisted query link sends them.</summary>
public static class PersistedQueryClient
{
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public static async Task<GraphQLResponse> Post(GraphQLClient client, string? query, object? persistedQuery)
    {
        using var response = await client.Http.PostAsJsonAsync("/graphql", new { query, extensions = new { persistedQuery } });
        return await GraphQLResponse.Read(response);
    }

    public static async Task<GraphQLResponse> Get(GraphQLClient client, string hash)
    {
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });
        using var response = await client.Http.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(extensions));
        return await GraphQLResponse.Read(response);
    }

    public static object Version1(string hash) => new { version = 1, sha256Hash = hash };
}
