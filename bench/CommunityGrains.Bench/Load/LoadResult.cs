namespace CommunityGrains.Bench.Load;

/// <summary>A measured window, from the tool's own load driver or from wrk.</summary>
internal sealed record LoadResult(long Operations, long Errors, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms, CpuSample Cpu)
{
    public double OperationsPerSecond => Operations / Elapsed.TotalSeconds;

    /// <summary>With <c>--sample</c>: one entry per window, in order.</summary>
    public IReadOnlyList<SoakSample> Samples { get; init; } = [];

    public double? ServerCpuMsPerOperation => Cpu.ServerMs / Math.Max(1, Operations);

    public double? DatabaseCpuMsPerOperation => Cpu.DatabaseMs / Math.Max(1, Operations);
}
