using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;
using static CommunityGrains.Gateway.Tests.PersistedQueries.PersistedQueryClient;

namespace CommunityGrains.Gateway.Tests.PersistedQueries;

public sealed class PersistedQueryLimitTests(PersistedQueryLimitTests.SmallCacheHost host) : IClassFixture<PersistedQueryLimitTests.SmallCacheHost>
{
    [Fact]
    public async Task The_least_recently_used_document_is_forgotten_when_the_cache_is_full()
    {
        var community = await host.NewCommunity();
        var queries = Enumerable.Range(0, 3).Select(i => $"{{ me {{ id }} }} # {i}").ToList();
        (await Post(community.Admin, queries[0], Version1(Hash(queries[0])))).EnsureSuccess();
        (await Post(community.Admin, queries[1], Version1(Hash(queries[1])))).EnsureSuccess();
        (await Post(community.Admin, null, Version1(Hash(queries[0])))).EnsureSuccess();

        (await Post(community.Admin, queries[2], Version1(Hash(queries[2])))).EnsureSuccess();

        (await Post(community.Admin, null, Version1(Hash(queries[1])))).ExpectError(ErrorCodes.PersistedQueryNotFound);
        (await Post(community.Admin, null, Version1(Hash(queries[0])))).EnsureSuccess();
        (await Post(community.Admin, null, Version1(Hash(queries[2])))).EnsureSuccess();
    }

    public sealed class SmallCacheHost : TestHost
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Limits:MemberMutationsPerSecond"] = "100000",
            ["Limits:AnonymousRequestsPerSecond"] = "100000",
            ["Gateway:PersistedQueryCacheSize"] = "2",
        };
    }
}
