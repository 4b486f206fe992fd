using System.Net;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;
using static CommunityGrains.Gateway.Tests.PersistedQueries.PersistedQueryClient;

namespace CommunityGrains.Gateway.Tests.PersistedQueries;

[Collection(HostCollection.Name)]
public sealed class PersistedQueryTests(TestHost host)
{
    [Fact]
    public async Task An_unknown_hash_asks_for_the_text_as_Apollo_clients_expect()
    {
        var community = await host.NewCommunity();
        var query = $"{{ me {{ displayName }} }} # {Guid.NewGuid()}";

        var response = await Post(community.Admin, null, Version1(Hash(query)));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("PersistedQueryNotFound", response.ExpectError(ErrorCodes.PersistedQueryNotFound));
    }

    [Fact]
    public async Task A_document_sent_once_with_its_hash_runs_later_by_hash_over_POST_and_GET()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("apq", displayName: "Persisted Pat");
        var query = $"{{ me {{ displayName }} }} # {Guid.NewGuid()}";
        var hash = Hash(query);

        Assert.Equal("Persisted Pat", (await Post(member, query, Version1(hash))).EnsureSuccess().Get("me.displayName").GetString());

        Assert.Equal("Persisted Pat", (await Post(member, null, Version1(hash))).EnsureSuccess().Get("me.displayName").GetString());
        Assert.Equal("Persisted Pat", (await Get(member, hash)).EnsureSuccess().Get("me.displayName").GetString());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_text_is_refused_and_not_remembered()
    {
        var community = await host.NewCommunity();
        var query = $"{{ me {{ id }} }} # {Guid.NewGuid()}";
        var wrong = Hash(query + " ");

        var response = await Post(community.Admin, query, Version1(wrong));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("sha256Hash", response.ExpectError(ErrorCodes.BadUserInput));
        (await Post(community.Admin, null, Version1(wrong))).ExpectError(ErrorCodes.PersistedQueryNotFound);
    }

    [Theory]
    [InlineData("abc", 1, "extensions.persistedQuery.sha256Hash: must be 64 hexadecimal characters.")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000", 1, "extensions.persistedQuery.sha256Hash: must be 64 hexadecimal characters.")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", 2, "extensions.persistedQuery.version: must be 1.")]
    public async Task A_malformed_persisted_query_gets_a_clear_error(string hash, int version, string message)
    {
        var community = await host.NewCommunity();

        var response = await Post(community.Admin, null, new { version, sha256Hash = hash });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(message, response.ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_remembered_mutation_is_still_refused_over_GET()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("getter", displayName: "Before");
        var mutation = $"mutation {{ updateProfile(input: {{ displayName: \"After\" }}) {{ id }} }} # {Guid.NewGuid()}";
        (await Post(member, mutation, Version1(Hash(mutation)))).EnsureSuccess();
        (await member.Send("mutation { updateProfile(input: { displayName: \"Before\" }) { id } }")).EnsureSuccess();

        var response = await Get(member, Hash(mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("Before", (await member.Send("{ me { displayName } }")).Get("me.displayName").GetString());
    }

    [Fact]
    public async Task Without_a_token_a_data_document_is_neither_run_nor_remembered()
    {
        var community = await host.NewCommunity();
        var query = $"{{ me {{ id }} }} # {Guid.NewGuid()}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(host.Anonymous(), query, Version1(Hash(query)))).Status);

        (await Post(community.Admin, null, Version1(Hash(query)))).ExpectError(ErrorCodes.PersistedQueryNotFound);
    }
}
