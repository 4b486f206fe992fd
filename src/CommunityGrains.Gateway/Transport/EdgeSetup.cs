using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// What sits in front of the gateway: browsers on other origins (<c>Cors</c>) and load balancers (<c>Proxy</c>).
/// Both are off unless configured: no origin may call the API from a browser, and <c>X-Forwarded-For</c> is ignored
/// (anyone could send it), so per-client limits see the connection's address.
/// </summary>
public static class EdgeSetup
{
    public const string CorsOriginsKey = "Cors:Origins";
    public const string CorsMaxAgeKey = "Cors:PreflightMaxAgeSeconds";
    public const string KnownProxiesKey = "Proxy:KnownProxies";
    public const string KnownNetworksKey = "Proxy:KnownNetworks";

    /// <summary>Reads and checks the settings; a malformed entry stops start-up with a message naming its key.</summary>
    public static IServiceCollection AddCommunityEdge(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = Origins(configuration);
        var edge = new Edge(origins.Count > 0, Proxies(configuration, out var networks) is var proxies && (proxies.Count > 0 || networks.Count > 0));
        services.AddSingleton(edge);
        if (edge.Cors)
        {
            var maxAge = configuration.GetValue(CorsMaxAgeKey, 600);
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. origins])
                .WithMethods("GET", "POST")
                .AllowAnyHeader()
                .DisallowCredentials()
                .SetPreflightMaxAge(TimeSpan.FromSeconds(maxAge))));
        }

        if (edge.Proxied)
        {
            services.Configure<ForwardedHeadersOptions>(forwarded =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

                // The defaults trust loopback; only what is configured is trusted here.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    forwarded.KnownProxies.Add(proxy);
                }

                foreach (var network in networks)
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            });
        }

        return services;
    }

    /// <summary>First in the pipeline: the client address must be known before anything counts requests.</summary>
    public static IApplicationBuilder UseCommunityEdge(this IApplicationBuilder app)
    {
        var edge = app.ApplicationServices.GetRequiredService<Edge>();
        if (edge.Proxied)
        {
            app.UseForwardedHeaders();
        }

        if (edge.Cors)
        {
            app.UseCors();
        }

        return app;
    }

    private static List<string> Origins(IConfiguration configuration)
    {
        var origins = new List<string>();
        foreach (var entry in configuration.GetSection(CorsOriginsKey).GetChildren())
        {
            var key = $"{CorsOriginsKey}:{entry.Key}";
            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                throw new InvalidOperationException($"{key} is empty; list each allowed origin, like https://app.example.org, or leave {CorsOriginsKey} out to refuse cross-origin calls.");
            }

            var value = entry.Value.Trim();
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || value.EndsWith('/'))
            {
                throw new InvalidOperationException($"{key} is '{value}', not an origin; write scheme, host and optional port only, like https://app.example.org:8443.");
            }

            origins.Add(value);
        }

        return origins;
    }

    private static List<IPAddress> Proxies(IConfiguration configuration, out List<System.Net.IPNetwork> networks)
    {
        var proxies = new List<IPAddress>();
        foreach (var entry in configuration.GetSection(KnownProxiesKey).GetChildren())
        {
            proxies.Add(IPAddress.TryParse(entry.Value?.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"{KnownProxiesKey}:{entry.Key} is '{entry.Value}', not an IP address like 10.0.0.5."));
        }

        networks = [];
        foreach (var entry in configuration.GetSection(KnownNetworksKey).GetChildren())
        {
            networks.Add(System.Net.IPNetwork.TryParse(entry.Value?.Trim(), out var network)
                ? network
                : throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "{0}:{1} is '{2}', not a network like 10.0.0.0/8.", KnownNetworksKey, entry.Key, entry.Value)));
        }

        return proxies;
    }

    /// <summary>Which of the two are configured.</summary>
    public sealed record Edge(bool Cors, bool Proxied);
}
