namespace CommunityGrains.Bench.Tests;

/// <summary>Proves the tool works end to end: it starts a host, mints tokens, drives GraphQL over HTTP and reports.</summary>
public sealed class QuickRunTests
{
    [Fact]
    public async Task A_quick_read_me_run_against_a_host_it_starts_counts_operations_and_no_errors()
    {
        var log = TextWriter.Synchronized(new StringWriter());

        var reports = await BenchProgram.Measure(BenchOptions.Parse(["read-me", "--quick"]), log);

        var report = Assert.Single(reports);
        Assert.True(report.Operations > 0, log.ToString());
        Assert.Equal(0, report.Errors);
        Assert.True(report.P50Ms > 0 && report.P50Ms <= report.P99Ms, report.ToJson());
        Assert.True(report.PeakMemoryMb > 0, report.ToJson());
        Assert.Contains("\"operationsPerSecond\":", report.ToJson());
    }
}
