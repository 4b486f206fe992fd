using System.Net;
using System.Net.Http.Headers;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CommunityGrains.Gateway.Tests.Browser;

public sealed class GraphiQLTests(KestrelTestHost host) : IClassFixture<KestrelTestHost>
{
    [BrowserFact]
    public async Task A_query_run_in_GraphiQL_with_a_pasted_token_shows_its_result()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice", displayName: "Alice from GraphiQL");
        await using var browser = await Chromium.Launch();
        var page = await OpenGraphiQL(browser, alice.Token!);

        await Run(page, "{ me { displayName } }");

        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("Alice from GraphiQL", new() { Timeout = 15_000 });
    }

    [BrowserFact]
    public async Task A_subscription_run_in_GraphiQL_shows_what_is_pushed_over_the_websocket()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var requestId = await Help.HelpRequests.Post(alice);
        await using var browser = await Chromium.Launch();
        var page = await OpenGraphiQL(browser, alice.Token!);
        var response = page.Locator(".graphiql-response");

        await Run(page, "subscription { myHelpRequestUpdates { id volunteers { displayName } } }");
        // The page cannot tell when its socket is listening, so volunteers keep coming until one is shown.
        for (var i = 0; i < 20 && !(await response.InnerTextAsync()).Contains("Volunteer", StringComparison.Ordinal); i++)
        {
            var volunteer = await community.Member($"v{i}", displayName: $"Volunteer {i}");
            (await Help.HelpRequests.Volunteer(volunteer, requestId)).EnsureSuccess();
            await Task.Delay(500);
        }

        await Assertions.Expect(response).ToContainTextAsync("Volunteer", new() { Timeout = 15_000 });
    }

    [BrowserFact]
    public async Task GraphiQL_loads_the_schema_without_a_token_and_its_documentation_explorer_finds_Proposal()
    {
        await using var browser = await Chromium.Launch();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/graphql").ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var search = page.Locator(".graphiql-doc-explorer-search-input input");
        await search.FillAsync("Proposal");

        await Assertions.Expect(page.Locator(".graphiql-doc-explorer-search-type").First).ToContainTextAsync("Proposal", new() { Timeout = 15_000 });
        // The schema fetch reports its failure in the result pane the moment the page loads.
        // CodeMirror keeps a zero-width space in an empty editor.
        Assert.Equal("", (await page.Locator(".graphiql-response").InnerTextAsync()).Trim().Trim('\u200b'));
    }

    [Fact]
    public async Task A_browser_asking_for_html_gets_the_page_and_its_offline_assets()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        using var script = await client.GetAsync("/graphiql/graphiql.js");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/graphiql.js", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task A_GET_with_a_query_still_gets_json_even_when_html_is_accepted()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>GraphiQL loaded from the host, with the token pasted into its headers editor.</summary>
    private async Task<IPage> OpenGraphiQL(Chromium browser, string token)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/graphql").ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Headers", Exact = true }).ClickAsync();
        await SetEditor(page, "section.graphiql-editor-tool[aria-label=Headers]", $$"""{ "Authorization": "Bearer {{token}}" }""");
        return page;
    }

    private static async Task Run(IPage page, string document)
    {
        await SetEditor(page, ".graphiql-query-editor", document);
        await page.Locator(".graphiql-execute-button").ClickAsync();
    }

    /// <summary>Replaces the text of one of GraphiQL's CodeMirror editors, as pasting into it would.</summary>
    private static async Task SetEditor(IPage page, string container, string text)
    {
        var editor = page.Locator($"{container} .CodeMirror").Locator("visible=true").First;
        await editor.EvaluateAsync("(element, text) => element.CodeMirror.setValue(text)", text);
    }
}
