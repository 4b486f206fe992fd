using System.Globalization;
using CommunityGrains.Bench.Infrastructure;
using CommunityGrains.Bench.Load;
using CommunityGrains.Bench.Scenarios;

namespace CommunityGrains.Bench;

/// <summary>
/// <c>activate</c>: makes one host hold many live grains (members joined, study groups created, proposals opened) and
/// reports its resident memory and the bytes each activated object added.
/// </summary>
internal sealed record ActivationRun(string Storage, int Members, int Groups, int Proposals, double SetupSeconds, long BeforeKb, long AfterKb, long PeakKb)
{
    public int Objects => Members + Groups + Proposals;

    public double BytesPerObject => (AfterKb - BeforeKb) * 1024.0 / Math.Max(1, Objects);

    public static async Task<ActivationRun> Run(BenchOptions options, TextWriter log)
    {
        if (options.Target is not null && options.TargetPid is null)
        {
            throw new BenchSetupException("activate measures the host's memory: give --pid with --target, or let the bench start the host.");
        }

        // Setup is bound by storage writes, which batch better with many in flight (group commit in PostgreSQL);
        // 64 matches the pool the bench gives the host, so calls do not wait for connections.
        options = options with { SetupConcurrency = options.SetupConcurrency ?? 64 };
        var members = options.Members ?? 100_000;
        var groups = options.Groups ?? members / 5;
        var proposals = options.Proposals ?? members / 10;
        await using var postgres = options.Postgres && options.Target is null ? await BenchPostgres.Start(log) : null;
        using var target = options.Target is { } external
            ? RunningTarget.External(external, options.TargetPid)
            : await RunningTarget.StartHost(options, postgres, log);
        using var client = new BenchClient(target.BaseUri, options.SetupConcurrency.Value);
        var context = new ScenarioContext(options, client, members, baseline: false, log);

        // Settle the host first (JIT, pools, the community grain) so the difference is the grains alone.
        var warm = new ScenarioContext(options, client, 32, baseline: false, log);
        await warm.CreateCommunity();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = target.CurrentMemoryKb ?? 0;
        var started = DateTime.UtcNow;
        try
        {
            await Setup(context, groups, proposals, log);
        }
        catch (BenchSetupException failed)
        {
            throw new BenchSetupException(failed.Message + "\nhost log:\n" + target.LogTail(20));
        }

        var setup = (DateTime.UtcNow - started).TotalSeconds;
        if (context.Retried > 0)
        {
            await log.WriteLineAsync($"  setup repeated {context.Retried} calls after server errors");
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var run = new ActivationRun(postgres is null ? "sqlite" : "postgres", members, groups, proposals, setup, before, target.CurrentMemoryKb ?? 0, target.PeakMemoryKb ?? 0);
        if (options.Hold > TimeSpan.Zero)
        {
            run.Write(log);
            await log.WriteLineAsync($"holding the host (pid {target.Pid}) for {options.Hold.TotalSeconds:F0}s");
            await Task.Delay(options.Hold);
        }

        return run;
    }

    private static async Task Setup(ScenarioContext context, int groups, int proposals, TextWriter log)
    {
        var stage = DateTime.UtcNow;
        await context.CreateCommunity();
        await log.WriteLineAsync($"  {context.Members.Length:N0} members joined in {(DateTime.UtcNow - stage).TotalSeconds:F0}s");
        stage = DateTime.UtcNow;
        await context.CreateGroups(groups, 1);
        await log.WriteLineAsync($"  {groups:N0} groups created in {(DateTime.UtcNow - stage).TotalSeconds:F0}s");
        stage = DateTime.UtcNow;
        await context.CreateProposals(proposals);
        await log.WriteLineAsync($"  {proposals:N0} proposals opened for voting in {(DateTime.UtcNow - stage).TotalSeconds:F0}s");
    }

    public void Write(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| storage | members | groups | proposals | setup s | RSS before MB | RSS after MB | peak MB | bytes/object |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        output.WriteLine(FormattableString.Invariant(
            $"| {Storage} | {Members} | {Groups} | {Proposals} | {SetupSeconds:F0} | {BeforeKb / 1024.0:F0} | {AfterKb / 1024.0:F0} | {PeakKb / 1024.0:F0} | {BytesPerObject:F0} |"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"scenario\":\"activate\",\"storage\":\"{Storage}\",\"members\":{Members},\"groups\":{Groups},\"proposals\":{Proposals},\"setupSeconds\":{SetupSeconds:F1},\"rssBeforeMb\":{BeforeKb / 1024.0:F1},\"rssAfterMb\":{AfterKb / 1024.0:F1},\"peakMemoryMb\":{PeakKb / 1024.0:F1},\"bytesPerObject\":{BytesPerObject:F0}}}"));
    }
}
