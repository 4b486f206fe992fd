using System.Diagnostics;
using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;
using Npgsql;
using Xunit.Abstractions;

namespace CommunityGrains.Host.Tests.Durability;

[Collection(PostgresCollection.Name)]
public sealed class ClusterFailoverTests(PostgresServer postgres, ITestOutputHelper output)
{
    /// <summary>
    /// Failure detection for the test: a silo that misses 3 probes of 1 s is voted dead by the two survivors.
    /// Orleans' defaults (10 s probes) take tens of seconds.
    /// </summary>
    public static readonly string[] FastMembership =
    [
        "--Orleans:Membership:ProbeTimeout=00:00:01",
        "--Orleans:Membership:NumMissedProbesLimit=3",
        "--Orleans:Membership:TableRefreshTimeout=00:00:02",
        "--Orleans:Membership:IAmAliveTablePublishTimeout=00:00:05",
    ];

    private const int Rounds = 6;

    [PostgresFact]
    public async Task Three_host_cluster_survives_losing_a_host()
    {
        var clock = Stopwatch.StartNew();
        using var directory = new TempDirectory();
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await DurabilityHosts.Migrate(directory, connectionString);
        var clusterId = "three-" + Guid.NewGuid().ToString("N")[..6];
        var configuration = DurabilityHosts.Postgres(connectionString, [$"--Orleans:ClusterId={clusterId}", .. FastMembership]);
        await using var a = await HostProcess.Start(directory.Path, configuration);
        await using var b = await HostProcess.Start(directory.Path, configuration);
        await using var c = await HostProcess.Start(directory.Path, configuration);
        await Poll.Until(async () => await ActiveSilos(connectionString, clusterId) == 3, TimeSpan.FromSeconds(60), "three active silos");

        using var scenario = await DurabilityScenario.Start([a.BaseAddress, b.BaseAddress, c.BaseAddress], DurabilityHosts.Members, Rounds);
        var planned = scenario.Workload.Operations.Count();
        var load = scenario.Workload.Drive(CancellationToken.None, pause: TimeSpan.FromMilliseconds(100));
        await Poll.Until(() => Task.FromResult(scenario.Workload.AcknowledgedCount >= planned / 4), TimeSpan.FromSeconds(90), "a quarter of the load acknowledged");

        var killedAt = DateTimeOffset.UtcNow;
        c.Kill();
        scenario.Workload.Avoid(c.BaseAddress);
        await load;
        var loadEnded = DateTimeOffset.UtcNow;
        await scenario.Workload.RetryUnacknowledged(TimeSpan.FromSeconds(60));
        await Poll.Until(async () => await ActiveSilos(connectionString, clusterId) == 2, TimeSpan.FromSeconds(30), "the killed silo declared dead");

        await scenario.Verify(a.BaseAddress);
        await scenario.Verify(b.BaseAddress);

        Report(scenario.Workload, killedAt, loadEnded, c.BaseAddress);
        output.WriteLine($"{planned} mutations by {DurabilityHosts.Members} members over 3 hosts, all checked in {clock.Elapsed.TotalSeconds:F1} s.");
        output.WriteLine(scenario.Workload.Summary());
    }

    /// <summary>How long after the kill requests kept failing: any request, and those that reached a surviving host.</summary>
    private void Report(Workload workload, DateTimeOffset killedAt, DateTimeOffset loadEnded, Uri killed)
    {
        var failures = workload.Attempts.Where(x => x.Outcome == Outcome.Failed && x.Ended >= killedAt).OrderBy(x => x.Ended).ToList();
        var onSurvivors = failures.Where(x => x.Host != killed).ToList();
        output.WriteLine($"load ran {(loadEnded - killedAt).TotalSeconds:F1} s past the kill; {failures.Count} requests failed after it ({onSurvivors.Count} on surviving hosts).");
        if (failures.Count > 0)
        {
            output.WriteLine($"failover window (any request): {(failures[^1].Ended - killedAt).TotalSeconds:F1} s after kill -9");
        }

        if (onSurvivors.Count > 0)
        {
            var last = onSurvivors[^1];
            output.WriteLine($"failover window (surviving hosts, grains of the lost host): first failure {(onSurvivors[0].Ended - killedAt).TotalSeconds:F1} s, last {(last.Ended - killedAt).TotalSeconds:F1} s after kill -9; codes: " +
                string.Join(", ", onSurvivors.GroupBy(x => x.Code).Select(g => $"{g.Key} x{g.Count()}")));
            var recovered = workload.Attempts.Where(x => x.Outcome == Outcome.Acknowledged && x.Operation.Member == last.Operation.Member && x.Started >= last.Ended).MinBy(x => x.Ended);
            if (recovered is not null)
            {
                output.WriteLine($"that member's next acknowledged request: {(recovered.Ended - killedAt).TotalSeconds:F1} s after kill -9");
            }
        }
    }

    /// <summary>Silos of <paramref name="clusterId"/> that the membership table lists as active.</summary>
    public static async Task<long> ActiveSilos(string connectionString, string clusterId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @cluster AND Status = 3", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
