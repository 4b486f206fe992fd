namespace CommunityGrains.Host.Commands;

/// <summary>
/// The arguments a verb's options do not take are configuration, as ASP.NET Core reads a command line:
/// <c>--key=value</c> always (WebApplicationFactory passes its host settings so, sections included:
/// <c>--Storage=</c>), <c>--key value</c> when the key is a section's (<c>--Storage:Provider Postgres</c>) or one of the
/// few top-level host keys such as <c>--urls</c>. Anything else is a mistake (a mistyped verb or option, such as
/// <c>--hour 5</c>), refused rather than read as a key nobody uses.
/// </summary>
public static class ConfigurationArguments
{
    /// <summary>Top-level keys that ASP.NET Core's host reads (WebHostDefaults, HostDefaults) and AllowedHosts.</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "http_ports", "https_ports", "environment", "contentRoot", "applicationName", "webroot", "AllowedHosts",
        "detailedErrors", "shutdownTimeoutSeconds", "preventHostingStartup", "hostingStartupAssemblies",
        "hostingStartupExcludeAssemblies", "suppressStatusMessages",
    };

    /// <summary>The first problem with <paramref name="tokens"/> as one line, or null when they are all configuration.</summary>
    public static string? Problem(IReadOnlyList<string> tokens, string verb, bool verbExpected)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal))
            {
                return verbExpected && i == 0
                    ? $"unknown verb '{token}'; the verbs are {string.Join(", ", HostCommandLine.Verbs)}"
                    : $"unexpected argument '{token}' for {verb}";
            }

            if (token.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            var key = token[2..];
            if (!key.Contains(':', StringComparison.Ordinal) && !HostKeys.Contains(key))
            {
                return $"unknown option '{token}' for {verb} (configuration is given as --Section:Key=value, e.g. --Storage:Provider=Postgres)";
            }

            if (i + 1 == tokens.Count || tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return $"'{token}' needs a value ({token}=value or {token} value)";
            }

            i++;
        }

        return null;
    }

    /// <summary>What the verbs read: appsettings.json beside the program, environment variables, then these arguments.</summary>
    public static IConfiguration Configuration(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
}
