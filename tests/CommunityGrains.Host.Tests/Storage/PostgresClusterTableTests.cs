using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans;
using Orleans.Runtime;

namespace CommunityGrains.Host.Tests.Storage;

/// <summary>The clustering and reminder queries that a short host run does not reach on its own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTableTests(PostgresServer postgres)
{
    [PostgresFact]
    public async Task Postgres_reminder_rows_are_versioned_and_found_by_hash_range()
    {
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        await using var host = await InProcessHost.Start(PostgresStorageTests.Configuration(connectionString));
        var table = host.Services.GetRequiredService<IReminderTable>();
        var grainId = GrainId.Create("reminder-check", Guid.NewGuid().ToString("N"));
        var entry = new ReminderEntry
        {
            GrainId = grainId,
            ReminderName = "close-voting",
            StartAt = DateTime.UtcNow,
            Period = TimeSpan.FromDays(40),
        };

        var first = await table.UpsertRow(entry);
        var second = await table.UpsertRow(entry);
        Assert.NotEqual(first, second);

        var row = await table.ReadRow(grainId, "close-voting");
        Assert.NotNull(row);
        Assert.Equal(second, row.ETag);
        Assert.Equal(TimeSpan.FromDays(40), row.Period);
        Assert.Single((await table.ReadRows(grainId)).Reminders);

        var hash = grainId.GetUniformHashCode();
        Assert.Contains((await table.ReadRows(hash - 1, hash)).Reminders, r => r.GrainId == grainId);
        Assert.DoesNotContain((await table.ReadRows(hash, hash - 1)).Reminders, r => r.GrainId == grainId);

        Assert.False(await table.RemoveRow(grainId, "close-voting", first!));
        Assert.True(await table.RemoveRow(grainId, "close-voting", second!));
        Assert.Null(await table.ReadRow(grainId, "close-voting"));
    }

    [PostgresFact]
    public async Task Postgres_membership_cleanup_removes_only_dead_silos()
    {
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        string[] configuration = [.. PostgresStorageTests.Configuration(connectionString), "--Orleans:ClusterId=cleanup"];
        await using var survivor = await InProcessHost.Start(configuration);
        await (await InProcessHost.Start(configuration)).DisposeAsync();
        Assert.Equal([3, 6], await Statuses(connectionString));

        await survivor.Services.GetRequiredService<IMembershipTable>().CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal([3], await Statuses(connectionString));
    }

    private static async Task<List<int>> Statuses(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT Status FROM OrleansMembershipTable ORDER BY Status", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new List<int>();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetInt32(0));
        }

        return statuses;
    }
}
