using System.Net;
using System.Text;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Transport;

[Collection(HostCollection.Name)]
public sealed class HttpTransportTests(TestHost host)
{
    [Fact]
    public async Task Introspection_needs_no_token()
    {
        var response = await host.Anonymous().Send("{ __schema { queryType { name } } }");
        Assert.Equal("Query", response.EnsureSuccess().Get("__schema.queryType.name").GetString());
    }

    [Fact]
    public async Task Everything_else_without_a_token_is_401_unauthenticated()
    {
        var response = await host.Anonymous().Send("{ me { id } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        response.ExpectError(ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var forged = new TokenIssuer(new AuthOptions { SigningKey = "another-key-another-key-another-key-!!" }, TimeProvider.System).Issue("c", "m", Role.Admin);
        var client = new GraphQLClient(host.CreateClient(), forged);
        var response = await client.Send("{ me { id } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        response.ExpectError(ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_401()
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var none = Part("""{"alg":"none","typ":"JWT"}""") + "." + Part($$"""{"sub":"m","community":"c","role":"ADMIN","iss":"community-grains","aud":"community-grains","exp":{{exp}}}""") + ".";
        var response = await new GraphQLClient(host.CreateClient(), none).Send("{ me { id } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task Queries_work_over_get_but_mutations_do_not()
    {
        var community = await host.NewCommunity();
        var http = community.Admin.Http;

        var query = await GraphQLResponse.Read(await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ community { id } }")));
        Assert.Equal(community.Id, query.EnsureSuccess().Get("community.id").GetString());

        var mutation = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { updateProfile(input: { displayName: \"x\" }) { id } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }

    [Fact]
    public async Task Graphql_response_json_is_returned_when_asked_with_400_for_invalid_documents()
    {
        var community = await host.NewCommunity();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ nope }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", community.Admin.Token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await community.Admin.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_clean_400()
    {
        var community = await host.NewCommunity();
        using var response = await community.Admin.Http.PostAsync("/graphql", new StringContent("{not json", Encoding.UTF8, "application/json"));
        var parsed = await GraphQLResponse.Read(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        parsed.ExpectError(ErrorCodes.BadUserInput);
        Assert.DoesNotContain("Exception", parsed.Body);
    }

    [Fact]
    public async Task Refusals_never_carry_stack_traces_or_type_names()
    {
        var community = await host.NewCommunity();
        var response = await community.Admin.Send("""mutation { configureCommunity(input: { timeZone: "Nowhere/Land" }) { id } }""");
        response.ExpectError(ErrorCodes.BadUserInput);
        Assert.DoesNotContain("   at ", response.Body);
        Assert.DoesNotContain("Exception", response.Body);
        Assert.DoesNotContain("CommunityGrains.", response.Body);
    }

    [Fact]
    public async Task Health_answers()
    {
        using var response = await host.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
