using System.Diagnostics;
using CommunityGrains.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CommunityGrains.Host.Tests.Durability;

[Collection(PostgresCollection.Name)]
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    /// <summary>What an orchestrator waits between SIGTERM and SIGKILL, less a margin.</summary>
    private static readonly TimeSpan ShutdownBound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Sigterm_finishes_in_flight_requests()
    {
        using var directory = new TempDirectory();
        await using var host = await HostProcess.Start(directory.Path, DurabilityHosts.Sqlite(directory));
        using var scenario = await DurabilityScenario.Start([host.BaseAddress], DurabilityHosts.Members, rounds: 4);
        var planned = scenario.Workload.Operations.Count();
        using var stop = new CancellationTokenSource();
        var load = scenario.Workload.Drive(stop.Token);
        await Poll.Until(() => Task.FromResult(scenario.Workload.AcknowledgedCount >= planned / 3), TimeSpan.FromSeconds(60), "a third of the load acknowledged");

        var terminatedAt = DateTimeOffset.UtcNow;
        var shutdown = Stopwatch.StartNew();
        var exitCode = await host.Terminate(ShutdownBound);
        shutdown.Stop();
        stop.Cancel();
        await load;

        Assert.True(exitCode == 0, host.Failure($"exit code {exitCode}").Message);
        var inFlight = scenario.Workload.Attempts.Where(a => a.Started < terminatedAt && a.Ended > terminatedAt).ToList();
        Assert.NotEmpty(inFlight);
        // A refusal (say, a check-in before the member's join went through) is a definite answer too; none may be cut off.
        Assert.All(inFlight, a => Assert.True(a.Outcome != Outcome.Failed, $"{a.Operation} was in flight at SIGTERM and ended {a.Outcome} {a.Code} {a.Message}"));

        await host.Restart();
        await scenario.Workload.RetryUnacknowledged(TimeSpan.FromSeconds(60));
        await scenario.Verify(host.BaseAddress);
        output.WriteLine($"SIGTERM with {inFlight.Count} requests in flight: all answered ({inFlight.Count(a => a.Outcome == Outcome.Acknowledged)} acknowledged), exit code 0 after {shutdown.Elapsed.TotalSeconds:F1} s.");
        output.WriteLine(scenario.Workload.Summary());
    }
}
