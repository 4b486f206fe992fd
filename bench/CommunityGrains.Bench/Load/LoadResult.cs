namespace CommunityGrains.Bench.Load;

internal sealed record LoadResult(long Operations, long Errors, TimeSpan Elapsed, LatencySample Latencies)
{
    public double OperationsPerSecond => Operations / Elapsed.TotalSeconds;
}
