using System.Diagnostics;
using System.Net;
using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;
using Xunit.Abstractions;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// PostgreSQL goes away for <see cref="Outage"/> under a 3-host cluster's load and comes back: what a phone app and a
/// load balancer see meanwhile, and that the cluster recovers by itself with every acknowledged write there once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseOutageTests(PostgresServer postgres, ITestOutputHelper output)
{
    /// <summary>The community and the admin, neither written during the outage.</summary>
    private const string ActiveRead = "{ community { id name } me { id displayName } }";

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);

    /// <summary>A failure that takes longer than this is not "fast": the app would show a spinner instead of a retry.</summary>
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(5);

    [PostgresFact]
    public async Task Cluster_rides_out_a_database_outage_and_recovers_without_a_restart()
    {
        using var directory = new TempDirectory();
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await DurabilityHosts.Migrate(directory, connectionString);
        var clusterId = "outage-" + Guid.NewGuid().ToString("N")[..6];
        var configuration = DurabilityHosts.Postgres(connectionString, [$"--Orleans:ClusterId={clusterId}", .. ClusterFailoverTests.FastMembership]);
        await using var a = await HostProcess.Start(directory.Path, configuration);
        await using var b = await HostProcess.Start(directory.Path, configuration);
        await using var c = await HostProcess.Start(directory.Path, configuration);
        HostProcess[] hosts = [a, b, c];
        await Poll.Until(async () => await ClusterFailoverTests.ActiveSilos(connectionString, clusterId) == 3, TimeSpan.FromSeconds(60), "three active silos");

        using var scenario = await DurabilityScenario.Start([.. hosts.Select(h => h.BaseAddress)], DurabilityHosts.Members, rounds: 1);
        await scenario.Workload.Drive(CancellationToken.None);
        await scenario.Workload.RetryUnacknowledged(TimeSpan.FromSeconds(30));
        scenario.PlanRounds(8);
        // Activates the community and the admin on every host's path, so the reads during the outage hit active grains.
        foreach (var host in hosts)
        {
            await scenario.Context.Client.Query(host.BaseAddress, scenario.Context.AdminToken, ActiveRead);
        }

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var load = scenario.Workload.Drive(CancellationToken.None, pause: TimeSpan.FromMilliseconds(100));
        await Poll.Until(() => Task.FromResult(scenario.Workload.AcknowledgedCount > DurabilityHosts.Members * 12), TimeSpan.FromSeconds(90), "load under way");

        await postgres.Stop();
        var down = DateTimeOffset.UtcNow;
        var (coldOutcome, coldCode, _, _, coldHttp) = await scenario.Context.Client.SendWithStatus(a.BaseAddress, scenario.Context.AdminToken, "{ member(id: \"cold\") { id } }", null);
        foreach (var host in hosts)
        {
            await Poll.Until(async () => await Status(probe, host, HostProcess.ReadyPath) == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10), $"{host.BaseAddress} not ready");
            Assert.Equal(HttpStatusCode.OK, await Status(probe, host, HostProcess.LivePath));
        }

        var activeReads = new List<TimeSpan>();
        while (DateTimeOffset.UtcNow - down < Outage)
        {
            foreach (var host in hosts)
            {
                var read = Stopwatch.StartNew();
                await scenario.Context.Client.Query(host.BaseAddress, scenario.Context.AdminToken, ActiveRead);
                activeReads.Add(read.Elapsed);
            }

            await Task.Delay(500);
        }

        var up = DateTimeOffset.UtcNow;
        await postgres.Start();
        var recovery = Stopwatch.StartNew();
        await load;
        await scenario.Workload.RetryUnacknowledged(TimeSpan.FromSeconds(90));
        var recovered = recovery.Elapsed;
        Assert.All(hosts, host => Assert.False(host.HasExited, $"{host.BaseAddress} must ride out the outage without a restart."));
        await Poll.Until(async () => await ClusterFailoverTests.ActiveSilos(connectionString, clusterId) == 3, TimeSpan.FromSeconds(60), "all three silos active again");
        foreach (var host in hosts)
        {
            await host.WaitForHealth(HostProcess.ReadyPath, TimeSpan.FromSeconds(30));
        }

        Assert.Equal((Outcome.Failed, OutcomeClient.Unavailable, 503), (coldOutcome, coldCode, coldHttp.Status));
        var duringOutage = scenario.Workload.Attempts.Where(x => x.Started >= down && x.Ended <= up).ToList();
        // Only a vote repeating the stored choice (its changes in between having failed) needs no write and may be
        // answered; everything else fails clearly and fast. The checks below prove such answers were true.
        var failed = duringOutage.Where(x => x.Outcome != Outcome.Acknowledged).ToList();
        Assert.NotEmpty(failed);
        if (failed.FirstOrDefault(x => x.Code == OutcomeClient.Internal) is { Message: { } message } internalError)
        {
            // The host's log line for the correlation id says what the exception was.
            var log = hosts.Single(h => h.BaseAddress == internalError.Host).Output;
            var at = log.IndexOf(message[(message.IndexOf("correlation id", StringComparison.Ordinal) + 15)..].TrimEnd(')'), StringComparison.Ordinal);
            throw new InvalidOperationException($"{internalError} was an internal error, not UNAVAILABLE; the host logged:\n{(at < 0 ? log[^Math.Min(3000, log.Length)..] : log.Substring(at, Math.Min(3000, log.Length - at)))}");
        }

        Assert.All(failed, x =>
        {
            Assert.Equal((Outcome.Failed, OutcomeClient.Unavailable, 503), (x.Outcome, x.Code, x.Status));
            Assert.NotNull(x.RetryAfter);
            Assert.DoesNotContain(" at ", x.Message ?? "");
            Assert.True(x.Ended - x.Started < FailFast, $"{x.Operation} took {(x.Ended - x.Started).TotalSeconds:F1} s to fail.");
        });
        Assert.All(duringOutage.Where(x => x.Outcome == Outcome.Acknowledged), x => Assert.Equal(VotingFeature.Vote, x.Operation.Kind));

        foreach (var host in hosts)
        {
            await scenario.Verify(host.BaseAddress);
        }

        // What the hosts hold in memory must also be what is stored: a fresh process reads only the database.
        foreach (var host in hosts)
        {
            host.Kill();
        }

        await a.Restart();
        await scenario.Verify(a.BaseAddress);

        var failTimes = failed.Select(x => (x.Ended - x.Started).TotalMilliseconds).Order().ToList();
        output.WriteLine($"outage {(up - down).TotalSeconds:F1} s on 3 hosts: {duringOutage.Count} mutations, {failed.Count} answered 503 UNAVAILABLE " +
            $"(Retry-After {failed[0].RetryAfter?.TotalSeconds} s, median {failTimes[failTimes.Count / 2]:F0} ms, max {failTimes[^1]:F0} ms); " +
            $"{activeReads.Count} reads of active grains answered (max {activeReads.Max().TotalMilliseconds:F0} ms); " +
            $"every retry acknowledged {recovered.TotalSeconds:F1} s after PostgreSQL was back.");
        output.WriteLine(scenario.Workload.Summary());
    }

    private static async Task<HttpStatusCode> Status(HttpClient http, HostProcess host, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(host.BaseAddress, path));
            return response.StatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }
}
