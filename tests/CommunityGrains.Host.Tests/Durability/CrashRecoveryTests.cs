using System.Diagnostics;
using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;
using Xunit.Abstractions;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// kill -9 while many members are mid-request, restart on the same data, retry what was not acknowledged:
/// every acknowledged change is there exactly once. In the PostgreSQL collection so the heavy tests run one at a time.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashRecoveryTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const int Rounds = 4;

    [Fact]
    public async Task Crash_mid_load_loses_nothing_acknowledged_on_sqlite()
    {
        using var directory = new TempDirectory();
        await CrashMidLoad(directory, DurabilityHosts.Sqlite(directory));
    }

    [PostgresFact]
    public async Task Crash_mid_load_loses_nothing_acknowledged_on_postgres()
    {
        using var directory = new TempDirectory();
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await DurabilityHosts.Migrate(directory, connectionString);
        await CrashMidLoad(directory, DurabilityHosts.Postgres(connectionString));
    }

    private async Task CrashMidLoad(TempDirectory directory, string[] configuration)
    {
        var clock = Stopwatch.StartNew();
        await using var host = await HostProcess.Start(directory.Path, configuration);
        using var scenario = await DurabilityScenario.Start([host.BaseAddress], DurabilityHosts.Members, Rounds);
        var planned = scenario.Workload.Operations.Count();
        using var stop = new CancellationTokenSource();

        var load = scenario.Workload.Drive(stop.Token);
        await Poll.Until(() => Task.FromResult(scenario.Workload.AcknowledgedCount >= planned / 3), TimeSpan.FromSeconds(60), "a third of the load acknowledged");
        host.Kill();
        var acknowledgedBeforeCrash = scenario.Workload.AcknowledgedCount;
        stop.Cancel();
        await load;
        Assert.Contains(scenario.Workload.Attempts, a => a.Outcome == Outcome.Failed);

        await host.Restart();
        await scenario.Workload.RetryUnacknowledged(TimeSpan.FromSeconds(60));
        await scenario.Verify(host.BaseAddress);

        output.WriteLine($"{planned} mutations by {DurabilityHosts.Members} members; {acknowledgedBeforeCrash} acknowledged before kill -9; all checked after restart and retries in {clock.Elapsed.TotalSeconds:F1} s.");
        output.WriteLine(scenario.Workload.Summary());
    }
}
