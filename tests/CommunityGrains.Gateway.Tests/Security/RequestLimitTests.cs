using System.Net;
using System.Text;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Security;

public sealed class RequestLimitTests(DefaultLimitsHost host) : IClassFixture<DefaultLimitsHost>
{
    [Fact]
    public async Task A_member_sending_mutations_faster_than_the_limit_gets_rate_limited_and_reads_still_work()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("hasty");

        var responses = await Task.WhenAll(Enumerable.Range(0, 120).Select(i =>
            member.Send("mutation($n: String!) { updateProfile(input: { displayName: $n }) { displayName } }", new { n = $"name {i}" })));

        var limited = responses.Where(r => r.ErrorCodes.Contains(ErrorCodes.RateLimited)).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, r => Assert.Equal(HttpStatusCode.TooManyRequests, r.Status));
        // The bucket holds 40 (twice the rate); joining took one, and it refills at 20 a second while the burst runs.
        Assert.InRange(responses.Count(r => r.Errors.Count == 0), 35, 80);
        (await member.Send("{ me { displayName } }")).EnsureSuccess();
    }

    [Fact]
    public async Task The_limit_is_per_member()
    {
        var community = await host.NewCommunity();
        var busy = await community.Member("busy");
        var calm = await community.Member("calm");
        var flood = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => busy.Send("mutation { updateProfile(input: { displayName: \"Busy\" }) { id } }")));

        Assert.Contains(flood, r => r.Status == HttpStatusCode.TooManyRequests && r.ErrorCodes.Contains(ErrorCodes.RateLimited));
        (await calm.Send("mutation { updateProfile(input: { displayName: \"Calm\" }) { displayName } }")).EnsureSuccess();
    }

    [Fact]
    public async Task Requests_without_a_valid_token_are_limited_per_client()
    {
        var anonymous = host.Anonymous();
        var responses = await Task.WhenAll(Enumerable.Range(0, 80).Select(_ => anonymous.Send("{ __typename }")));

        Assert.Contains(responses, r => r.Status == HttpStatusCode.TooManyRequests && r.ErrorCodes.Contains(ErrorCodes.RateLimited));
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413_and_nothing_changes()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("big", displayName: "Before");
        var padding = new string(' ', 1024 * 1024);
        var body = $$"""{"query":"mutation { updateProfile(input: { displayName: \"After\" }) { id } }{{padding}}"}""";

        using var response = await member.Http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Before", (await member.Send("{ me { displayName } }")).Get("me.displayName").GetString());
    }

    [Fact]
    public async Task Deep_introspection_is_refused_before_it_runs()
    {
        var community = await host.NewCommunity();
        var deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } }";
        var response = await community.Admin.Send(deep);
        Assert.Contains("too complex", response.ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    [Fact]
    public async Task An_alias_bomb_is_refused_before_it_runs()
    {
        var community = await host.NewCommunity();
        var aliases = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"a{i}: me {{ id displayName }}"));
        var response = await community.Admin.Send("{ " + aliases + " }");
        Assert.Contains("too complex", response.ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    [Fact]
    public async Task Nesting_deeper_than_fifteen_levels_is_refused()
    {
        var community = await host.NewCommunity();
        var deep = "{ __type(name: \"Member\") { name " + string.Concat(Enumerable.Repeat("ofType { ", 16)) + "name" + new string('}', 16) + " } }";
        var response = await community.Admin.Send(deep);
        Assert.Contains("depth", response.ExpectError("GRAPHQL_VALIDATION_FAILED"), StringComparison.OrdinalIgnoreCase);
    }
}
