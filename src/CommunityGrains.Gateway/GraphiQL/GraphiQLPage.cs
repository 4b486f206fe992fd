using System.Collections.Frozen;
using System.Net.Mime;
using Microsoft.AspNetCore.Http;

namespace CommunityGrains.Gateway.GraphiQL;

/// <summary>
/// The GraphiQL page and its two bundled files, read once from the gateway assembly's embedded resources
/// (built from npm by GraphiQL/build, committed) so a browser gets the IDE with no internet access.
/// </summary>
public sealed class GraphiQLPage
{
    public const string AssetPath = "/graphiql";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["graphiql.js"] = "text/javascript; charset=utf-8",
        ["graphiql.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, byte[]> _files = ContentTypes.Keys.ToFrozenDictionary(name => name, Read);

    /// <summary>A browser navigating to the endpoint: a GET without a query that accepts HTML.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.Headers.Accept.Any(a => a is not null && a.Contains(MediaTypeNames.Text.Html, StringComparison.OrdinalIgnoreCase));

    public Task WritePage(HttpContext http) => Write(http, "index.html", "no-cache");

    public Task WriteAsset(HttpContext http, string name) =>
        name is "graphiql.js" or "graphiql.css" ? Write(http, name, "public, max-age=3600") : NotFound(http);

    private async Task Write(HttpContext http, string name, string cacheControl)
    {
        var bytes = _files[name];
        http.Response.ContentType = ContentTypes[name];
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers.CacheControl = cacheControl;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(GraphiQLPage).Assembly.GetManifestResourceStream("GraphiQL/" + name)
            ?? throw new InvalidOperationException($"GraphiQL/{name} is not embedded in the gateway assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
