using System.Net;
using System.Net.Http.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Edge;

public sealed class CrossOriginTests(UnproxiedHost host) : IClassFixture<UnproxiedHost>
{
    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_and_cached_without_credentials()
    {
        using var response = await Preflight(EdgeHost.AllowedOrigin);

        Assert.True(response.IsSuccessStatusCode, $"preflight got {(int)response.StatusCode}");
        Assert.Equal(EdgeHost.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_allow_origin()
    {
        using var response = await Preflight("https://evil.example.net");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_query_from_an_allowed_origin_carries_the_allow_origin_header()
    {
        using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", EdgeHost.AllowedOrigin);

        using var response = await client.SendAsync(request);

        // Other tests of this class empty the loopback bucket; a refusal must carry the header too, or the app cannot read it.
        Assert.Equal(EdgeHost.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_a_configured_proxy_forwarded_addresses_are_ignored_and_clients_share_the_connection_bucket()
    {
        // A bucket of its own would answer the second client at least twice; the shared one at most once, on a refill tick.
        Assert.InRange(await SecondClientAnswered(host, "203.0.113.1", "203.0.113.2"), 0, 1);
    }

    private async Task<HttpResponseMessage> Preflight(string origin)
    {
        using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return await client.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    /// <summary>
    /// Three times: the first client sends until it is refused, then the second sends one request at once, on the same
    /// kept-alive connection so that little time passes. How many of the second client's requests were answered.
    /// </summary>
    internal static async Task<int> SecondClientAnswered(EdgeHost host, string first, string second)
    {
        using var client = new HttpClient { BaseAddress = host.ClientOptions.BaseAddress };
        var answered = 0;
        for (var round = 0; round < 3; round++)
        {
            for (var sent = 0; (await SendFrom(client, first)).Status != HttpStatusCode.TooManyRequests; sent++)
            {
                Assert.True(sent < 10, "the first client was never rate limited");
            }

            if ((await SendFrom(client, second)).Status == HttpStatusCode.OK)
            {
                answered++;
            }
        }

        return answered;
    }

    private static async Task<GraphQLResponse> SendFrom(HttpClient client, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await client.SendAsync(request);
        return await GraphQLResponse.Read(response);
    }
}

public sealed class ProxyTests(ProxiedHost host) : IClassFixture<ProxiedHost>
{
    [Fact]
    public async Task Behind_a_configured_proxy_two_clients_get_two_anonymous_buckets()
    {
        Assert.InRange(await CrossOriginTests.SecondClientAnswered(host, "198.51.100.1", "198.51.100.2"), 2, 3);
    }
}

public sealed class EdgeSettingTests
{
    [Theory]
    [InlineData("Cors:Origins:0", "", "Cors:Origins:0 is empty")]
    [InlineData("Cors:Origins:0", "app.example.org", "Cors:Origins:0 is 'app.example.org', not an origin")]
    [InlineData("Proxy:KnownProxies:0", "balancer", "Proxy:KnownProxies:0 is 'balancer', not an IP address")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0/40", "Proxy:KnownNetworks:0 is '10.0.0.0/40', not a network")]
    public void A_malformed_setting_stops_start_up_naming_its_key(string key, string value, string expected)
    {
        using var host = new ConfiguredHost(key, value);

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(expected, failure.ToString());
    }

    private sealed class ConfiguredHost(string key, string value) : TestHost
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { [key] = value };
    }
}
