using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Transport;

/// <summary>Documents a client got wrong are the client's error, whatever GraphQL.NET calls them.</summary>
[Collection(HostCollection.Name)]
public sealed class DocumentErrorTests(TestHost host)
{
    /// <summary>Found by the 200,000-document fuzz: a document that is only a comment answered INTERNAL_SERVER_ERROR.</summary>
    [Fact]
    public async Task A_document_without_an_operation_is_refused_as_invalid()
    {
        var community = await host.NewCommunity();

        var response = await community.Admin.Send("# query { me { id } }");

        Assert.Contains("operation", response.ExpectError("GRAPHQL_VALIDATION_FAILED"), StringComparison.OrdinalIgnoreCase);
    }
}
