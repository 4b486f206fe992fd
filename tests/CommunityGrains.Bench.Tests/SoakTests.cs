using System.Globalization;
using Xunit.Abstractions;

namespace CommunityGrains.Bench.Tests;

/// <summary>
/// The bench's mixed scenario at a fixed, modest rate for two minutes (<c>COMMUNITYGRAINS_SOAK_MINUTES</c> for longer),
/// against a host it starts, with its items created during setup (<c>--prefill</c>: two minutes are too short for the
/// scenario's new items to run out, and their growth measured 17 MB/min in one CI run): no error, exact checks at the
/// end, memory flat after the first quarter and no window's p99 far above the usual one. The limits leave room for a loaded 2-core CI machine; a leak of a couple
/// of kilobytes per operation already crosses the memory one. bench/README.md has the 30-minute run.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private const double MaxSlopeMbPerMinute = 12;

    [Fact]
    public async Task Mixed_load_for_minutes_keeps_memory_and_latency_flat_with_no_error_and_exact_invariants()
    {
        var minutes = double.TryParse(Environment.GetEnvironmentVariable("COMMUNITYGRAINS_SOAK_MINUTES"), CultureInfo.InvariantCulture, out var m) ? m : 2;
        var log = TextWriter.Synchronized(new StringWriter());

        var reports = await BenchProgram.Measure(BenchOptions.Parse(
        [
            "mixed", "--members", "200", "--rate", "60", "--concurrency", "8", "--warmup", "5s", "--prefill",
            "--duration", $"{minutes.ToString(CultureInfo.InvariantCulture)}m", "--sample", "10s",
        ]), log);

        var report = Assert.Single(reports);
        var figures = report.ToJson() + "\n" + log;
        output.WriteLine(report.ToJson());
        output.WriteLine(string.Join('\n', $"{log}".Split('\n').Where(line => line.Contains("sample:", StringComparison.Ordinal) || line.Contains("check", StringComparison.Ordinal))));
        Assert.True(report.Errors == 0, figures);
        Assert.True(report.Verified == true, figures);
        Assert.True(report.MemorySlopeMbPerMinute is { } slope && slope < MaxSlopeMbPerMinute, figures);
        // Generous: `dotnet test` runs the other test projects beside this one, whose bursts reach single windows. A
        // latency that creeps up with time raises the median window as well, and a leak shows in the slope above.
        Assert.True(report.WorstWindowP99Ms <= 5 * report.MedianWindowP99Ms + 1000, figures);
    }
}
