using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>Host command lines for the durability tests: a shared signing key, and rate limits out of the load's way.</summary>
public static class DurabilityHosts
{
    public const int Members = 48;

    private static readonly string[] Common =
    [
        $"--Auth:SigningKey={TestTokens.SigningKey}",
        "--Limits:MemberMutationsPerSecond=1000",
        "--Logging:LogLevel:CommunityGrains.Gateway=Error",
    ];

    public static string[] Sqlite(TempDirectory directory) => [$"--Storage:SqlitePath={directory.File("durability.db")}", .. Common];

    public static string[] Postgres(string connectionString, params string[] more) =>
        [.. PostgresStorageTests.Configuration(connectionString), .. Common, .. more];

    /// <summary>Applies the PostgreSQL scripts with the host's own <c>migrate</c> verb, as an operator would.</summary>
    public static async Task Migrate(TempDirectory directory, string connectionString)
    {
        var (exitCode, output) = await HostProcess.RunVerb(directory.Path, ["migrate", .. PostgresStorageTests.Configuration(connectionString)]);
        Assert.True(exitCode == 0, output);
    }
}
