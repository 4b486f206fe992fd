using System.Net.Http.Json;
using System.Text.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Introspection;

/// <summary>
/// The query GraphiQL, Apollo devtools, graphql-codegen, Postman and Insomnia send: graphql-js 16's
/// getIntrospectionQuery() with its default options, kept verbatim in IntrospectionQuery.graphql.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class IntrospectionQueryTests(TestHost host)
{
    private static readonly string IntrospectionQuery =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Introspection", "IntrospectionQuery.graphql"));

    [Fact]
    public async Task The_standard_introspection_query_without_a_token_rebuilds_the_printed_schema()
    {
        var response = await Introspect(host.Anonymous());

        AssertSameSchema(response);
    }

    [Fact]
    public async Task The_standard_introspection_query_with_a_token_rebuilds_the_printed_schema()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("introspecting");

        AssertSameSchema(await Introspect(member));
    }

    [Fact]
    public async Task The_standard_introspection_query_fits_beside_a_data_query_that_is_priced_as_before()
    {
        var community = await host.NewCommunity();
        var aliases = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"a{i}: me {{ id }}"));

        var response = await community.Admin.Send("{ __schema { types { name fields { name type { name } } } } " + aliases + " }");

        Assert.Contains("Complexity is", response.ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    [Fact]
    public async Task Introspection_fifty_levels_deep_is_refused()
    {
        var deep = "{ __type(name: \"Member\") { " + string.Concat(Enumerable.Repeat("ofType { ", 50)) + "name" + new string('}', 50) + " } }";

        var community = await host.NewCommunity();

        var response = await community.Admin.Send(deep);

        Assert.Contains("depth", response.ExpectError("GRAPHQL_VALIDATION_FAILED"));
        Assert.Equal(JsonValueKind.Undefined, response.Data.ValueKind);
    }

    [Fact]
    public async Task An_ofType_chain_as_long_as_the_standard_querys_runs_and_one_longer_is_refused()
    {
        // graphql-js 16's TypeRef fragment nests ofType 9 deep, under __schema types fields args type.
        static string Query(int ofTypes) => "{ __schema { types { fields { args { type { " + string.Concat(Enumerable.Repeat("ofType { ", ofTypes)) + "name" + new string('}', ofTypes) + " } } } } } }";

        (await host.Anonymous().Send(Query(9))).EnsureSuccess();
        Assert.Contains("maximum depth allowed for ofType is 9", (await host.Anonymous().Send(Query(10))).ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    [Fact]
    public async Task An_alias_bomb_of_introspection_is_refused()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 500).Select(i => $"s{i}: __schema {{ types {{ name }} }}"));

        var response = await host.Anonymous().Send("{ " + aliases + " }");

        Assert.Contains("cannot be aliased", response.ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    [Fact]
    public async Task Introspection_that_walks_from_fields_back_to_types_more_than_three_times_is_refused()
    {
        var response = await host.Anonymous().Send(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }");

        Assert.Contains("fields/inputFields/interfaces/possibleTypes", response.ExpectError("GRAPHQL_VALIDATION_FAILED"));
    }

    private static async Task<GraphQLResponse> Introspect(GraphQLClient client)
    {
        using var sent = await client.Http.PostAsJsonAsync("/graphql", new { query = IntrospectionQuery, operationName = "IntrospectionQuery" });
        return (await GraphQLResponse.Read(sent)).EnsureSuccess();
    }

    private static void AssertSameSchema(GraphQLResponse response)
    {
        var served = SchemaShape.FromIntrospection(response.Get("__schema"));
        var printed = SchemaShape.FromSdl(File.ReadAllText(RepositoryFiles.Path("schema", "community.graphql")));

        Assert.True(printed.Count > 300, $"only {printed.Count} schema elements read from schema/community.graphql");
        var onlyPrinted = printed.Except(served).ToList();
        var onlyServed = served.Except(printed).ToList();
        Assert.True(onlyPrinted.Count == 0 && onlyServed.Count == 0,
            $"Only in schema/community.graphql:\n{string.Join('\n', onlyPrinted)}\nOnly in the introspection answer:\n{string.Join('\n', onlyServed)}");
        Assert.Equal(printed, served);
    }
}
