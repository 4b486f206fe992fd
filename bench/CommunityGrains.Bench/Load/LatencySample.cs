namespace CommunityGrains.Bench.Load;

/// <summary>Latencies in microseconds, one list per worker (no sharing while measuring), merged and sorted at the end.</summary>
internal sealed class LatencySample
{
    private readonly List<int>[] _perWorker;
    private int[]? _sorted;

    public LatencySample(int workers)
    {
        _perWorker = Enumerable.Range(0, workers).Select(_ => new List<int>(64 * 1024)).ToArray();
    }

    public void Record(int worker, long elapsedTicks) =>
        _perWorker[worker].Add((int)Math.Min(int.MaxValue, elapsedTicks * 1_000_000 / System.Diagnostics.Stopwatch.Frequency));

    public int Count => Sorted.Length;

    public double PercentileMs(double percentile)
    {
        var sorted = Sorted;
        if (sorted.Length == 0)
        {
            return 0;
        }

        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)] / 1000.0;
    }

    private int[] Sorted
    {
        get
        {
            if (_sorted is null)
            {
                _sorted = _perWorker.SelectMany(l => l).ToArray();
                Array.Sort(_sorted);
            }

            return _sorted;
        }
    }
}
