using System.Net;
using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;
using static CommunityGrains.Gateway.Tests.PersistedQueries.PersistedQueryClient;

namespace CommunityGrains.Gateway.Tests.PersistedQueries;

public sealed class TrustedDocumentTests(TrustedDocumentTests.TrustedHost host) : IClassFixture<TrustedDocumentTests.TrustedHost>
{
    public const string Trusted = "query Ping { __typename }";

    [Fact]
    public async Task A_document_of_the_manifest_runs_by_hash_and_by_text()
    {
        var member = host.As("trusted-community", "m1", Role.Member);

        Assert.Equal("Query", (await Post(member, null, Version1(Hash(Trusted)))).EnsureSuccess().Get("__typename").GetString());
        (await member.Send(Trusted)).EnsureSuccess();
    }

    [Fact]
    public async Task Any_other_document_is_refused_and_not_learned()
    {
        var member = host.As("trusted-community", "m1", Role.Member);
        const string other = "{ __typename }";

        var response = await Post(member, other, Version1(Hash(other)));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Contains("not in the manifest", response.ExpectError(ErrorCodes.Forbidden));
        (await Post(member, null, Version1(Hash(other)))).ExpectError(ErrorCodes.PersistedQueryNotFound);
    }

    /// <summary>Trusted documents only, with a graphql-codegen style manifest holding one document.</summary>
    public sealed class TrustedHost : TestHost
    {
        private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.json");

        public TrustedHost()
        {
            File.WriteAllText(_manifest, JsonSerializer.Serialize(new Dictionary<string, string>
            {
                [Hash(Trusted)] = Trusted,
            }));
        }

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Limits:MemberMutationsPerSecond"] = "100000",
            ["Limits:AnonymousRequestsPerSecond"] = "100000",
            ["Gateway:TrustedDocumentsOnly"] = "true",
            ["Gateway:TrustedDocumentsPath"] = _manifest,
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            File.Delete(_manifest);
        }
    }
}
