using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;

namespace CommunityGrains.Host.Tests.Storage;

public sealed class SqliteStorageTests
{
    [Fact]
    public async Task Sqlite_storage_refuses_a_stale_etag()
    {
        using var directory = new TempDirectory();
        await using var host = await InProcessHost.Start($"--Storage:SqlitePath={directory.File("store.db")}");

        await GrainStorageChecks.RefusesStaleEtag(host.GrainStorage);
    }

    [Fact]
    public async Task Concurrent_sqlite_writes_share_commit_syncs_and_all_read_back()
    {
        using var directory = new TempDirectory();
        var database = directory.File("group.db");
        var written = new List<GrainId>();
        await using (var host = await InProcessHost.Start($"--Storage:SqlitePath={database}"))
        {
            var syncsBefore = await CommitSyncs(database);
            written.AddRange(await Task.WhenAll(Enumerable.Range(0, 200).Select(i => GrainStorageChecks.WriteSample(host.GrainStorage, $"value {i}"))));

            Assert.InRange(await CommitSyncs(database) - syncsBefore, 1, 100);
        }

        await using var restarted = await InProcessHost.Start($"--Storage:SqlitePath={database}");
        for (var i = 0; i < written.Count; i++)
        {
            await GrainStorageChecks.AssertReadable(restarted.GrainStorage, written[i], $"value {i}");
        }
    }

    [Fact]
    public async Task Sqlite_state_survives_kill_9()
    {
        using var directory = new TempDirectory();
        await using var host = await HostProcess.Start(directory.Path, [$"--Storage:SqlitePath={directory.File("x.db")}"]);
        // The embedded host generated its signing key beside the database; the restarted host must accept the same tokens.
        var key = (await File.ReadAllTextAsync(directory.File(SigningKeys.FileName))).Trim();
        var token = TestTokens.Issue(key, "kill9", "alice");
        await CommunityScenario.Seed(host, token, "kill9", "Kill Nine", "Alice");

        host.Kill();
        await host.Restart();

        Assert.Equal(("alice", "Alice", "Kill Nine", CommunityScenario.TimeZone), await CommunityScenario.Read(host, token));
    }

    private static async Task<long> CommitSyncs(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Syncs FROM CommitSync WHERE Id = 1";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
