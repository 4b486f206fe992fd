namespace CommunityGrains.Bench.Load;

/// <summary>CPU milliseconds used so far by the server under test and by its database (null where unknown).</summary>
internal sealed record CpuSample(double? ServerMs, double? DatabaseMs)
{
    public static CpuSample operator -(CpuSample end, CpuSample start) =>
        new(end.ServerMs - start.ServerMs, end.DatabaseMs - start.DatabaseMs);
}
