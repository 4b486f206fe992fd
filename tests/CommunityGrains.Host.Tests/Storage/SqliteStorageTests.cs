using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;

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
}
