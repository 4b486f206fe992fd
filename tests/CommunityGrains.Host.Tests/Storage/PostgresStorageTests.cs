using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using Npgsql;

namespace CommunityGrains.Host.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer postgres)
{
    /// <summary>The AdoNet provider on its own; the batching layer in front of it has its own suite.</summary>
    [PostgresFact]
    public async Task Postgres_storage_without_write_batches_refuses_a_stale_etag()
    {
        var connectionString = await postgres.CreateDatabase(NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        await using var host = await InProcessHost.Start([.. Configuration(connectionString), "--Storage:BatchWrites=false"]);

        await GrainStorageChecks.RefusesStaleEtag(host.GrainStorage);
    }

    [PostgresFact]
    public async Task Postgres_state_survives_kill_9()
    {
        var connectionString = await postgres.CreateDatabase(NewDatabaseName());
        using var directory = new TempDirectory();
        var (exitCode, output) = await HostProcess.RunVerb(directory.Path, ["migrate", .. Configuration(connectionString)]);
        Assert.True(exitCode == 0, output);

        await using var host = await HostProcess.Start(directory.Path, Configuration(connectionString));
        var token = TestTokens.Issue(TestTokens.SigningKey, "kill9", "bob");
        await CommunityScenario.Seed(host, token, "kill9", "Kill Nine", "Bob");

        host.Kill();
        // Same silo endpoint, new generation: the new silo declares its killed predecessor dead instead of waiting for it.
        await host.Restart();

        Assert.Equal(("bob", "Bob", "Kill Nine", CommunityScenario.TimeZone), await CommunityScenario.Read(host, token));
    }

    [PostgresFact]
    public async Task Two_hosts_form_one_cluster_on_postgres()
    {
        var connectionString = await postgres.CreateDatabase(NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        using var directory = new TempDirectory();
        string[] configuration = [.. Configuration(connectionString), "--Orleans:ClusterId=two-hosts"];

        await using var a = await HostProcess.Start(directory.Path, configuration);
        await using var b = await HostProcess.Start(directory.Path, configuration);
        await Poll.Until(async () => await ActiveSilos(connectionString, "two-hosts") == 2, TimeSpan.FromSeconds(60), "both silos active in OrleansMembershipTable");

        var token = TestTokens.Issue(TestTokens.SigningKey, "cluster", "carol");
        await CommunityScenario.Seed(a, token, "cluster", "Cluster", "Carol");

        Assert.Equal(("carol", "Carol", "Cluster", CommunityScenario.TimeZone), await CommunityScenario.Read(b, token));
    }

    internal static string NewDatabaseName() => $"t_{Guid.NewGuid():N}";

    internal static string[] Configuration(string connectionString) =>
    [
        "--Storage:Provider=Postgres",
        $"--ConnectionStrings:Postgres={connectionString}",
        $"--Auth:SigningKey={TestTokens.SigningKey}",
    ];

    private static async Task<long> ActiveSilos(string connectionString, string clusterId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = 3", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
