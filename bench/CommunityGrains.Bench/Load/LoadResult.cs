namespace CommunityGrains.Bench.Load;

internal sealed record LoadResult(long Operations, long Errors, TimeSpan Elapsed, LatencySample Latencies, CpuSample Cpu)
{
    public double OperationsPerSecond => Operations / Elapsed.TotalSeconds;

    public double? ServerCpuMsPerOperation => Cpu.ServerMs / Math.Max(1, Operations);

    public double? DatabaseCpuMsPerOperation => Cpu.DatabaseMs / Math.Max(1, Operations);
}
