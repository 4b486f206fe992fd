using System.Diagnostics;
using CommunityGrains.Bench.Scenarios;

namespace CommunityGrains.Bench.Load;

/// <summary>
/// Closed loop (no <paramref name="rate"/>): <c>concurrency</c> workers each send the scenario's next request as soon as
/// the previous one is answered. Open loop (a rate): the same workers follow a fixed schedule together, worker w's
/// k-th request due at (k·concurrency + w)/rate, and latency counts from the due time, as wrk2 does, so a slow answer
/// that delays the requests behind it shows in their latency instead of silently lowering the rate (coordinated
/// omission). A warm-up (JIT, connection set-up, first activations) runs first and is not counted.
/// With <c>--sample</c>, every window also records the host's memory and the window's own p99, for soaks.
/// </summary>
internal sealed class LoadDriver(BenchClient client, IScenario scenario, BenchOptions options, TextWriter progress, Func<CpuSample> cpu, double? rate = null, Func<double?>? memoryMb = null)
{
    private readonly List<SoakSample> _samples = [];
    private LatencySample _window = new(options.Concurrency);
    private long _ops;
    private long _errors;
    private volatile bool _measuring;
    private volatile bool _stopping;
    private long _origin;

    public async Task<LoadResult> Run()
    {
        var latencies = new LatencySample(options.Concurrency);
        using var stop = new CancellationTokenSource();
        _origin = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(() => Worker(w, latencies))).ToArray();

        await Task.Delay(options.Warmup);
        var opsAtStart = Interlocked.Read(ref _ops);
        var errorsAtStart = Interlocked.Read(ref _errors);
        var cpuAtStart = cpu();
        _measuring = true;
        var window = Stopwatch.StartNew();
        var reporter = Report(window, opsAtStart, errorsAtStart, stop.Token);
        await Task.Delay(options.Duration);
        _measuring = false;
        var elapsed = window.Elapsed;
        var cpuUsed = cpu() - cpuAtStart;
        var measuredOps = Interlocked.Read(ref _ops) - opsAtStart;
        var measuredErrors = Interlocked.Read(ref _errors) - errorsAtStart;
        await stop.CancelAsync();

        // Requests in flight are allowed to finish, so every write the server applied is also acknowledged here.
        _stopping = true;
        await Task.WhenAll(workers);
        await reporter;
        return new LoadResult(measuredOps, measuredErrors, elapsed, latencies.PercentileMs(50), latencies.PercentileMs(95), latencies.PercentileMs(99), cpuUsed)
        {
            Samples = _samples,
        };
    }

    private async Task Worker(int worker, LatencySample latencies)
    {
        var random = new Random(worker * 7919 + 17);
        var interval = rate is { } perSecond ? Stopwatch.Frequency * options.Concurrency / perSecond : 0;
        var due = _origin + (rate is { } r ? Stopwatch.Frequency * worker / r : 0);
        while (!_stopping)
        {
            var request = scenario.Next(worker, random);
            if (rate is not null)
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), (long)due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
            }

            var started = rate is null ? Stopwatch.GetTimestamp() : (long)due;
            due += interval;
            var ok = await client.Send(request);
            var elapsed = Stopwatch.GetTimestamp() - started;
            var measuring = _measuring;
            scenario.Completed(worker, request, ok);
            Interlocked.Increment(ref _ops);
            if (!ok)
            {
                Interlocked.Increment(ref _errors);
            }

            if (measuring)
            {
                latencies.Record(worker, elapsed);
                if (options.SampleEvery is not null)
                {
                    Volatile.Read(ref _window).Record(worker, elapsed);
                }
            }
        }
    }

    private async Task Report(Stopwatch window, long opsAtStart, long errorsAtStart, CancellationToken stop)
    {
        var last = opsAtStart;
        var lastAt = TimeSpan.Zero;
        var sampledAt = TimeSpan.Zero;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
                var ops = Interlocked.Read(ref _ops);
                var now = window.Elapsed;
                var rate = (ops - last) / (now - lastAt).TotalSeconds;
                await progress.WriteLineAsync(
                    $"  [{now.TotalSeconds,5:F0}s] ops {ops - opsAtStart,9:N0}   now {rate,9:N0} ops/s   errors {Interlocked.Read(ref _errors) - errorsAtStart:N0}");
                (last, lastAt) = (ops, now);
                if (options.SampleEvery is { } every && now - sampledAt >= every)
                {
                    sampledAt = now;
                    await Sample(now, ops - opsAtStart, Interlocked.Read(ref _errors) - errorsAtStart);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }

    private async Task Sample(TimeSpan now, long ops, long errors)
    {
        var ended = Interlocked.Exchange(ref _window, new LatencySample(options.Concurrency));
        double p99;
        while (true)
        {
            // A worker that read the old window just before the exchange may still add its one latency to it.
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            try
            {
                p99 = ended.PercentileMs(99);
                break;
            }
            catch (InvalidOperationException)
            {
                // That worker's list changed while it was read: read again once it is done.
            }
        }

        var sample = new SoakSample(now.TotalSeconds, memoryMb?.Invoke(), p99, ops, errors);
        _samples.Add(sample);
        await progress.WriteLineAsync($"  [{now.TotalSeconds,5:F0}s] sample: memory {sample.MemoryMb:F0} MB, window p99 {sample.P99Ms:F1} ms");
    }
}
