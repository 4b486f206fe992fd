namespace CommunityGrains.Bench.Load;

/// <summary>One window of a sampled run (<c>--sample</c>): when it ended, the host's resident memory then, and the window's p99.</summary>
internal sealed record SoakSample(double Seconds, double? MemoryMb, double P99Ms, long Operations, long Errors)
{
    /// <summary>
    /// Least-squares slope of memory in MB per minute over the samples after the first quarter of the run (start-up,
    /// first activations and the JIT settle there); null with fewer than three such samples or no memory figures.
    /// </summary>
    public static double? MemorySlopeMbPerMinute(IReadOnlyList<SoakSample> samples)
    {
        if (samples.Count == 0)
        {
            return null;
        }

        var settled = samples.Where(s => s.Seconds >= samples[^1].Seconds / 4 && s.MemoryMb is not null).ToList();
        if (settled.Count < 3)
        {
            return null;
        }

        var meanX = settled.Average(s => s.Seconds / 60);
        var meanY = settled.Average(s => s.MemoryMb!.Value);
        var covariance = settled.Sum(s => (s.Seconds / 60 - meanX) * (s.MemoryMb!.Value - meanY));
        var variance = settled.Sum(s => Math.Pow(s.Seconds / 60 - meanX, 2));
        return variance == 0 ? null : covariance / variance;
    }
}
