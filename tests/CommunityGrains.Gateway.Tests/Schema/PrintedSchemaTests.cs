using CommunityGrains.Gateway.Schema;
using CommunityGrains.Gateway.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Tests.Schema;

[Collection(HostCollection.Name)]
public sealed class PrintedSchemaTests(TestHost host)
{
    /// <summary>
    /// schema/community.graphql is what clients read; it must be what the running gateway serves.
    /// To refresh it: dotnet run --project src/CommunityGrains.Host -- schema > schema/community.graphql
    /// </summary>
    [Fact]
    public void The_checked_in_schema_is_the_running_schema()
    {
        var running = SchemaText.Print(host.Services.GetRequiredService<ISchema>());
        var file = File.ReadAllText(RepositoryFiles.Path("schema", "community.graphql")).ReplaceLineEndings("\n");
        Assert.True(file == running, "schema/community.graphql differs from the running schema; regenerate it with: dotnet run --project src/CommunityGrains.Host -- schema > schema/community.graphql");
    }
}
