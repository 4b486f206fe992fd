using System.Diagnostics;
using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;
using Xunit.Abstractions;

namespace CommunityGrains.Host.Tests.Durability;

[Collection(PostgresCollection.Name)]
public sealed class DatabaseOutageTests(PostgresServer postgres, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(6);

    [PostgresFact]
    public async Task Database_outage_fails_clearly_and_recovers()
    {
        using var directory = new TempDirectory();
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await DurabilityHosts.Migrate(directory, connectionString);
        await using var host = await HostProcess.Start(directory.Path, DurabilityHosts.Postgres(connectionString));
        using var scenario = await DurabilityScenario.Start([host.BaseAddress], DurabilityHosts.Members, rounds: 1);
        await scenario.Workload.Drive(CancellationToken.None);
        await scenario.Workload.RetryUnacknowledged(TimeSpan.FromSeconds(30));
        scenario.PlanRounds(6);

        await postgres.Stop();
        var down = DateTimeOffset.UtcNow;
        // A grain that was not active before the outage cannot even load its state.
        var (coldOutcome, coldCode, _, _) = await scenario.Context.Client.Send(host.BaseAddress, scenario.Context.AdminToken, "{ member(id: \"cold\") { id } }", null);
        using (var stop = new CancellationTokenSource(Outage))
        {
            await scenario.Workload.Drive(stop.Token, pause: TimeSpan.FromMilliseconds(250));
        }

        var up = DateTimeOffset.UtcNow;
        await postgres.Start();
        var recovery = Stopwatch.StartNew();
        await scenario.Workload.RetryUnacknowledged(TimeSpan.FromSeconds(60));
        var recovered = recovery.Elapsed;
        var back = DateTimeOffset.UtcNow - recovered;
        var firstAcknowledged = scenario.Workload.Attempts.Where(a => a.Outcome == Outcome.Acknowledged && a.Started >= back).Min(a => a.Ended) - back;
        Assert.False(host.HasExited, "The host must ride out the outage without a restart.");

        Assert.Equal((Outcome.Failed, OutcomeClient.Unavailable), (coldOutcome, coldCode));
        var duringOutage = scenario.Workload.Attempts.Where(a => a.Started >= down && a.Ended <= up).ToList();
        // Only a vote repeating the stored choice (its changes in between having failed) needs no write and may be
        // answered; everything else fails clearly. The checks after the restart below prove such answers were true.
        var failed = duringOutage.Where(a => a.Outcome != Outcome.Acknowledged).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, a =>
        {
            Assert.Equal((Outcome.Failed, OutcomeClient.Unavailable), (a.Outcome, a.Code));
            Assert.DoesNotContain(" at ", a.Message ?? "");
        });
        Assert.All(duringOutage.Where(a => a.Outcome == Outcome.Acknowledged), a => Assert.Equal(VotingFeature.Vote, a.Operation.Kind));

        await scenario.Verify(host.BaseAddress);
        // What the host holds in memory must also be what is stored: a fresh process reads only the database.
        host.Kill();
        await host.Restart();
        await scenario.Verify(host.BaseAddress);

        output.WriteLine($"outage {(up - down).TotalSeconds:F1} s: {duringOutage.Count} requests, {failed.Count} UNAVAILABLE (\"{failed[0].Message}\"); " +
            $"first acknowledgement {firstAcknowledged.TotalSeconds:F1} s and all retries acknowledged {recovered.TotalSeconds:F1} s after PostgreSQL was back.");
        output.WriteLine(scenario.Workload.Summary());
    }
}
