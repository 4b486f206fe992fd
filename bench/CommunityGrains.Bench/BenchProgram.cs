using CommunityGrains.Bench.Infrastructure;
using CommunityGrains.Bench.Load;
using CommunityGrains.Bench.Scenarios;

namespace CommunityGrains.Bench;

/// <summary>Starts what is needed (PostgreSQL, host, baseline), sets the scenario up, measures, checks and reports.</summary>
internal static class BenchProgram
{
    public static async Task<int> Run(string[] args, TextWriter output, TextWriter log)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException usage)
        {
            await log.WriteLineAsync(usage.Message);
            return 2;
        }

        try
        {
            if (options.Scenario == "activate")
            {
                var activation = await ActivationRun.Run(options, log);
                activation.Write(output);
                return 0;
            }

            var reports = await Measure(options, log);
            BenchReport.WriteTable(output, reports);
            foreach (var report in reports)
            {
                await output.WriteLineAsync(report.ToJson());
            }

            return reports.Any(r => r.Verified == false) ? 1 : 0;
        }
        catch (BenchSetupException failed)
        {
            await log.WriteLineAsync("bench failed: " + failed.Message);
            return 1;
        }
    }

    /// <summary>The requested run, and with <c>--compare</c> its partner right after it on the same PostgreSQL.</summary>
    public static async Task<IReadOnlyList<BenchReport>> Measure(BenchOptions options, TextWriter log)
    {
        var scenario = ScenarioCatalog.Create(options.Scenario);
        var partner = !options.Compare ? null : options.Scenario == "read-me" ? "raw" : scenario.HasBaseline ? options.Scenario : null;
        if (options.Compare && partner is null)
        {
            throw new BenchSetupException($"{options.Scenario} has no baseline to compare with.");
        }

        if ((options.Baseline || partner == options.Scenario) && !options.Postgres && options.Target is null)
        {
            options = options with { Postgres = true };
            await log.WriteLineAsync("the baseline runs on PostgreSQL: --postgres implied");
        }

        await using var postgres = options.Postgres && options.Target is null ? await BenchPostgres.Start(log) : null;
        var reports = new List<BenchReport>(await MeasureOne(options, scenario, options.Baseline, postgres, log));
        if (partner is not null)
        {
            reports.AddRange(await MeasureOne(options, ScenarioCatalog.Create(partner), baseline: true, postgres, log));
        }

        return reports;
    }

    /// <summary>One target: its measured run, preceded by the closed-loop peak run when the rate is a share of that peak.</summary>
    private static async Task<IReadOnlyList<BenchReport>> MeasureOne(BenchOptions options, IScenario scenario, bool baseline, PostgresServer? postgres, TextWriter log)
    {
        var onBaseline = baseline || scenario is RawScenario;
        if (baseline && !scenario.HasBaseline)
        {
            throw new BenchSetupException($"{scenario.Name} has no baseline equivalent.");
        }

        using var target = options.Target is { } external
            ? RunningTarget.External(external, options.TargetPid)
            : onBaseline ? await RunningTarget.StartBaseline(options, postgres, log) : await RunningTarget.StartHost(options, postgres, log);
        using var client = new BenchClient(target.BaseUri, options.Concurrency);
        var members = (baseline ? options.BaselineMembers : null) ?? options.Members ?? scenario.DefaultMembers;
        var context = new ScenarioContext(options, client, members, baseline, log);
        var name = scenario is RawScenario ? "raw" : baseline ? "baseline" : "actors";
        var storage = options.Target is not null ? "external" : postgres is not null ? "postgres" : scenario is RawScenario ? "none" : "sqlite";
        await log.WriteLineAsync($"{scenario.Name} on {name}: setting up {members:N0} members…");
        await scenario.Setup(context);

        if (options.Wrk && (options.Rate is not null || options.RateOfPeak is not null))
        {
            throw new BenchSetupException("--driver wrk runs a closed loop; the open loop (--rate) is the bench's own.");
        }

        async Task<LoadResult> Drive(double? rate)
        {
            var shape = rate is { } r ? $"an open loop of {r:F0} ops/s on {options.Concurrency} connections" : $"{options.Concurrency} in flight";
            await log.WriteLineAsync($"{scenario.Name} on {name}: warm-up {options.Warmup.TotalSeconds:F1}s, then {options.Duration.TotalSeconds:F0}s with {shape}");
            return await new LoadDriver(client, scenario, options, log, Cpu, rate, () => target.CurrentMemoryKb / 1024.0).Run();
        }

        CpuSample Cpu() => new(ProcessCpu.TreeMilliseconds(target.Pid), ProcessCpu.TreeMilliseconds(postgres?.Pid));

        var runs = new List<(LoadResult Result, double? Rate)>();
        var rate = options.Rate;
        if (options.RateOfPeak is { } share)
        {
            var peak = await Drive(null);
            runs.Add((peak, null));
            rate = Math.Max(1, peak.OperationsPerSecond * share);
        }

        Verification? verification;
        if (options.Wrk)
        {
            await log.WriteLineAsync($"{scenario.Name} on {name}: wrk, warm-up {options.Warmup.TotalSeconds:F0}s, then {options.Duration.TotalSeconds:F0}s with {options.Concurrency} connections");
            var (result, eachOnce) = await new WrkDriver(scenario, options, log, Cpu).Run(target.BaseUri);
            runs.Add((result, null));
            await scenario.Settle(context);
            verification = eachOnce ?? await scenario.Verify(context);
        }
        else
        {
            runs.Add((await Drive(rate), rate));
            verification = await scenario.Verify(context);
        }
        return runs.Select((run, i) => new BenchReport(
            scenario.Name,
            name,
            storage,
            members,
            options.Concurrency,
            run.Rate,
            run.Result.Elapsed.TotalSeconds,
            run.Result.Operations,
            run.Result.OperationsPerSecond,
            run.Result.P50Ms,
            run.Result.P95Ms,
            run.Result.P99Ms,
            run.Result.Errors,
            target.PeakMemoryKb / 1024.0,
            run.Result.ServerCpuMsPerOperation,
            run.Result.DatabaseCpuMsPerOperation,
            i == runs.Count - 1 ? verification?.Passed : null,
            i == runs.Count - 1 ? verification?.Detail : null,
            options.Wrk ? "wrk" : "bench",
            SoakSample.MemorySlopeMbPerMinute(run.Result.Samples),
            run.Result.Samples.Count > 0 ? run.Result.Samples.Max(s => s.P99Ms) : null,
            run.Result.Samples.Count > 0 ? run.Result.Samples.Select(s => s.P99Ms).Order().ElementAt(run.Result.Samples.Count / 2) : null)).ToList();
    }
}
