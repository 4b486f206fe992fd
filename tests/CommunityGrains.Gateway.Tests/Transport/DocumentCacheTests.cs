using System.Net.Http.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Transport;

/// <summary>Validated documents are remembered; what must be checked on every request still is.</summary>
[Collection(HostCollection.Name)]
public sealed class DocumentCacheTests(TestHost host)
{
    [Fact]
    public async Task A_document_that_failed_validation_is_refused_every_time()
    {
        var community = await host.NewCommunity();
        var query = "{ me { id notAField } }";

        for (var i = 0; i < 3; i++)
        {
            var response = await community.Admin.Send(query);
            Assert.NotEmpty(response.Errors);
            Assert.Contains("notAField", response.Body);
            Assert.False(response.Root.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object);
        }
    }

    [Fact]
    public async Task A_repeated_document_answers_as_the_first_time()
    {
        var community = await host.NewCommunity();
        var query = "query Me { me { id displayName } }";

        var first = (await community.Admin.Send(query)).EnsureSuccess();
        var second = (await community.Admin.Send(query)).EnsureSuccess();

        Assert.Equal(first.Body, second.Body);
        Assert.Equal("admin", second.Get("me.id").GetString());
    }

    [Fact]
    public async Task Another_operation_of_a_remembered_document_still_meets_the_complexity_limit()
    {
        var community = await host.NewCommunity();
        var aliases = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"a{i}: me {{ id displayName }}"));
        var query = "query Cheap { me { id } } query Bomb { " + aliases + " }";

        (await Post(community.Admin, query, "Cheap")).EnsureSuccess();
        (await Post(community.Admin, query, "Cheap")).EnsureSuccess();

        var bomb = await Post(community.Admin, query, "Bomb");
        Assert.Contains("too complex", bomb.ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    [Fact]
    public async Task A_remembered_document_is_still_refused_when_its_variables_make_it_too_complex()
    {
        var community = await host.NewCommunity();
        var query = "query($n: Int) { me { pointsHistory(first: $n) { edges { cursor node { id action } } } } }";

        (await community.Admin.Send(query, new { n = 1 })).EnsureSuccess();
        (await community.Admin.Send(query, new { n = 1 })).EnsureSuccess();

        var heavy = await community.Admin.Send(query, new { n = 100_000 });
        Assert.Contains("too complex", heavy.ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    private static async Task<GraphQLResponse> Post(GraphQLClient client, string query, string operationName)
    {
        using var response = await client.Http.PostAsJsonAsync("/graphql", new { query, operationName });
        return await GraphQLResponse.Read(response);
    }
}
