using System.Net;
using System.Net.Http.Headers;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Browser;

public sealed class GraphiQLSettingTests(NoGraphiQLHost host) : IClassFixture<NoGraphiQLHost>
{
    [Fact]
    public async Task With_GraphiQL_disabled_a_browser_gets_the_json_endpoint_and_no_assets()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await client.SendAsync(request);
        using var script = await client.GetAsync("/graphiql/graphiql.js");

        Assert.Equal("application/json", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }
}
