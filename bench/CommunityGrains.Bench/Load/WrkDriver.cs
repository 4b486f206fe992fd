using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CommunityGrains.Bench.Infrastructure;
using CommunityGrains.Bench.Scenarios;

namespace CommunityGrains.Bench.Load;

/// <summary>
/// <c>--driver wrk</c>: the scenario's requests sent by wrk (<c>wrk -t2 -c{concurrency}</c>, bench/wrk/pool.lua), a
/// lighter load generator than the bench's own, which shares the two cores with the server. A warm-up run of
/// <c>--warmup</c> first, then the measured run; CPU per operation is read from /proc around it as for the bench's own
/// driver. wrk's percentiles are its own (closed loop, from each request's send).
/// </summary>
internal sealed class WrkDriver(IScenario scenario, BenchOptions options, TextWriter log, Func<CpuSample> cpu)
{
    public const int Threads = 2;

    /// <summary>The measured run, and for a pool sent each once, whether no request was sent twice.</summary>
    public async Task<(LoadResult Result, Verification? EachOnce)> Run(Uri target)
    {
        var directory = Directory.CreateTempSubdirectory("cg-bench-wrk-").FullName;
        try
        {
            var pool = Path.Combine(directory, "pool.tsv");
            await WritePool(pool, scenario.Pool);
            var warmup = await Wrk(target, pool, options.Warmup, offset: 0);
            // A pool sent once continues where the warm-up stopped: thread k took every Threads-th line from the offset.
            var offset = scenario.SendsEachOnce ? Threads * warmup.MostPerThread : 0;

            var cpuAtStart = cpu();
            var measured = await Wrk(target, pool, options.Duration, offset);
            var used = cpu() - cpuAtStart;

            // Requests wrk left in flight when it closed its connections still run to the end in the server.
            await Task.Delay(TimeSpan.FromSeconds(1));
            var eachOnce = !scenario.SendsEachOnce ? null
                : measured.Repeats == 0 && offset + measured.Sent <= scenario.Pool.Count
                    ? new Verification(true, $"all {measured.Sent} requests of the measured run (and the {offset} lines before them, for the warm-up) were sent once: {scenario.Pool.Count} in the pool")
                    : new Verification(false, $"{measured.Repeats} repeats: the pool of {scenario.Pool.Count} ran out; use more --members");
            return (new LoadResult(
                measured.Requests,
                measured.Errors + measured.SocketErrors,
                TimeSpan.FromMicroseconds(measured.DurationUs),
                measured.P50Us / 1000.0,
                measured.P95Us / 1000.0,
                measured.P99Us / 1000.0,
                used), eachOnce);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WritePool(string path, IReadOnlyList<BenchRequest> pool)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var request in pool)
        {
            var body = request.Body is null ? "" : Encoding.UTF8.GetString(request.Body);
            if (body.Contains('\n', StringComparison.Ordinal) || body.Contains('\t', StringComparison.Ordinal))
            {
                throw new BenchSetupException("A pool request's body has a tab or a line break; the wrk pool file is one request per line.");
            }

            await writer.WriteLineAsync($"{request.Method.Method}\t{request.Path}\t{request.Authorization?.ToString() ?? ""}\t{body}");
        }
    }

    private async Task<WrkSummary> Wrk(Uri target, string pool, TimeSpan duration, int offset)
    {
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var mode = scenario.SendsEachOnce ? "once" : "random";
        string[] arguments =
        [
            "-t", Threads.ToString(CultureInfo.InvariantCulture),
            "-c", options.Concurrency.ToString(CultureInfo.InvariantCulture),
            "-d", seconds + "s",
            "--timeout", "10s",
            "-s", RepositoryFiles.Path("bench", "wrk", "pool.lua"),
            target.ToString().TrimEnd('/'),
            "--", pool, mode, offset.ToString(CultureInfo.InvariantCulture), Threads.ToString(CultureInfo.InvariantCulture),
        ];
        await log.WriteLineAsync($"  wrk {string.Join(' ', arguments)}");
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BenchSetupException("wrk did not start.");
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new BenchSetupException($"wrk is not installed ({missing.Message}): `apt-get install wrk`, or run bench/wrk/run.sh, which installs it.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var text = await output;
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("WRK ", StringComparison.Ordinal));
            if (process.ExitCode != 0 || line is null)
            {
                throw new BenchSetupException($"wrk exited with {process.ExitCode}:\n{text}\n{await error}");
            }

            return JsonSerializer.Deserialize<WrkSummary>(line[4..], new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? throw new BenchSetupException($"wrk printed no summary: {line}");
        }
    }
}
