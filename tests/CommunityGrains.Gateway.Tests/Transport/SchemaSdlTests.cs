using System.Net;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Transport;

[Collection(HostCollection.Name)]
public sealed class SchemaSdlTests(TestHost host)
{
    [Fact]
    public async Task The_schema_is_served_as_text_without_a_token_and_is_the_checked_in_file()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var file = File.ReadAllText(RepositoryFiles.Path("schema", "community.graphql")).ReplaceLineEndings("\n");
        Assert.Equal(file, await response.Content.ReadAsStringAsync());
    }
}
