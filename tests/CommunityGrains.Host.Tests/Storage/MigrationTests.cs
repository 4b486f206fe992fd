using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using Orleans.Runtime;

namespace CommunityGrains.Host.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresServer postgres)
{
    [PostgresFact]
    public async Task Migrate_is_idempotent()
    {
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        Assert.Equal(["001-main.sql", "002-persistence.sql", "003-clustering.sql", "004-reminders.sql"], await PostgresSchema.Apply(connectionString));
        var postgresState = await WriteSample(PostgresStorageTests.Configuration(connectionString), "before postgres re-apply");
        await PostgresSchema.Apply(connectionString);

        using var directory = new TempDirectory();
        var sqlite = new StorageOptions { SqlitePath = directory.File("migrate.db") };
        SqliteSchema.Apply(sqlite);
        string[] sqliteConfiguration = [$"--Storage:SqlitePath={sqlite.SqlitePath}"];
        var sqliteState = await WriteSample(sqliteConfiguration, "before sqlite re-apply");
        SqliteSchema.Apply(sqlite);

        // Fresh hosts load the re-applied query texts, so this also proves the rewritten queries still fit the data.
        await AssertReadable(PostgresStorageTests.Configuration(connectionString), postgresState, "before postgres re-apply");
        await AssertReadable(sqliteConfiguration, sqliteState, "before sqlite re-apply");
    }

    private static async Task<GrainId> WriteSample(string[] configuration, string value)
    {
        await using var host = await InProcessHost.Start(configuration);
        return await GrainStorageChecks.WriteSample(host.GrainStorage, value);
    }

    private static async Task AssertReadable(string[] configuration, GrainId grainId, string value)
    {
        await using var host = await InProcessHost.Start(configuration);
        await GrainStorageChecks.AssertReadable(host.GrainStorage, grainId, value);
    }
}
