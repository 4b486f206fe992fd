namespace CommunityGrains.Bench.Tests;

/// <summary>The fixed-rate mode: a closed-loop peak first, then the open loop at the asked share of it, on one host.</summary>
public sealed class OpenLoopTests
{
    [Fact]
    public async Task A_rate_given_as_a_share_of_the_peak_measures_the_peak_first_then_runs_at_that_share()
    {
        var log = TextWriter.Synchronized(new StringWriter());

        var reports = await BenchProgram.Measure(BenchOptions.Parse(["read-me", "--quick", "--rate", "50%"]), log);

        Assert.Equal(2, reports.Count);
        var (peak, paced) = (reports[0], reports[1]);
        Assert.Null(peak.Rate);
        Assert.Equal(Math.Max(1, peak.OperationsPerSecond * 0.5), paced.Rate);
        Assert.True(paced.Operations > 0, log.ToString());
        Assert.Equal(0, paced.Errors);
        Assert.True(paced.P50Ms > 0 && paced.P50Ms <= paced.P99Ms, paced.ToJson());
        Assert.Contains("\"rate\":", paced.ToJson());
    }

    [Theory]
    [InlineData("250", 250.0, null)]
    [InlineData("50%", null, 0.5)]
    public void Rate_is_either_operations_per_second_or_a_share_of_the_peak(string value, double? rate, double? share)
    {
        var options = BenchOptions.Parse(["vote-hot", "--rate", value]);

        Assert.Equal(rate, options.Rate);
        Assert.Equal(share, options.RateOfPeak);
    }

    [Fact]
    public void A_rate_must_be_positive() =>
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["read-me", "--rate", "0"]));
}
