using System.Diagnostics;
using System.Globalization;

namespace CommunityGrains.Bench.Infrastructure;

/// <summary>The server under load: a host or baseline the bench started, or one given with <c>--target</c>.</summary>
internal sealed class RunningTarget : IDisposable
{
    private readonly ChildProcess? _child;
    private readonly string? _dataDir;

    private RunningTarget(Uri baseUri, int? pid, ChildProcess? child, string? dataDir)
    {
        BaseUri = baseUri;
        Pid = pid;
        _child = child;
        _dataDir = dataDir;
    }

    public Uri BaseUri { get; }

    public int? Pid { get; }

    public long? PeakMemoryKb => Pid is { } pid ? ChildProcess.ProcStatusKb(pid, "VmHWM") : null;

    public long? CurrentMemoryKb => Pid is { } pid ? ChildProcess.ProcStatusKb(pid, "VmRSS") : null;

    /// <summary>The end of the log of a server the bench started, to explain a failed setup call.</summary>
    public string LogTail(int lines) => _child is null ? "" : _child.Exceptions() + "\n…\n" + _child.Tail(lines);

    public static RunningTarget External(Uri target, int? pid) => new(target, pid, null, null);

    /// <summary>The actor host in Release: <c>dotnet CommunityGrains.Host.dll</c> on a temp SQLite file, or on the given PostgreSQL after <c>migrate</c>.</summary>
    public static async Task<RunningTarget> StartHost(BenchOptions options, PostgresServer? postgres, TextWriter log)
    {
        var dataDir = Directory.CreateTempSubdirectory("cg-bench-host-").FullName;
        List<string> storage = postgres is null
            ? ["--Storage:Provider=Sqlite", $"--Storage:SqlitePath={Path.Combine(dataDir, "bench.db")}"]
            : ["--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={postgres.ConnectionString}"];
        if (postgres is not null)
        {
            await ChildProcess.Run("dotnet", [RepositoryPaths.HostDll, "migrate", .. storage], Path.Combine(dataDir, "migrate.log"));
        }

        var port = FreePort.Next();
        List<string> arguments =
        [
            RepositoryPaths.HostDll,
            "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            .. storage,
            $"--Auth:SigningKey={options.SigningKey}",
            $"--Orleans:SiloPort={FreePort.Next().ToString(CultureInfo.InvariantCulture)}",
            $"--Orleans:GatewayPort={FreePort.Next().ToString(CultureInfo.InvariantCulture)}",
            $"--Orleans:ClusterId=bench-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}",
            // A load generator is one client acting as many members: the per-member mutation budget is for people.
            "--Limits:MemberMutationsPerSecond=1000000",
            "--Dashboard:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
        ];
        var child = ChildProcess.Start("dotnet", arguments, Path.Combine(dataDir, "host.log"),
            new Dictionary<string, string>(Production.Concat(options.HostEnvironment)));
        var target = new RunningTarget(new Uri($"http://127.0.0.1:{port}"), child.Id, child, dataDir);
        await target.WaitReady("/healthz/ready", log, "host");
        return target;
    }

    /// <summary>bench/Baseline: the conventional service (on the given PostgreSQL), or only its raw endpoint.</summary>
    public static async Task<RunningTarget> StartBaseline(BenchOptions options, PostgresServer? postgres, TextWriter log)
    {
        var dataDir = Directory.CreateTempSubdirectory("cg-bench-baseline-").FullName;
        var port = FreePort.Next();
        List<string> arguments =
        [
            RepositoryPaths.BaselineDll,
            "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            $"--Auth:SigningKey={options.SigningKey}",
            "--Logging:LogLevel:Default=Warning",
        ];
        if (postgres is not null)
        {
            arguments.Add($"--ConnectionStrings:Postgres={postgres.ConnectionString}");
        }

        var child = ChildProcess.Start("dotnet", arguments, Path.Combine(dataDir, "baseline.log"), Production);
        var target = new RunningTarget(new Uri($"http://127.0.0.1:{port}"), child.Id, child, dataDir);
        await target.WaitReady("/raw", log, "baseline");
        return target;
    }

    public void Dispose()
    {
        _child?.Dispose();
        if (_dataDir is not null)
        {
            try
            {
                Directory.Delete(_dataDir, recursive: true);
            }
            catch (IOException)
            {
                // A temp directory; the OS cleans it eventually.
            }
        }
    }

    private static Dictionary<string, string> Production => new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = "Production" };

    private async Task WaitReady(string path, TextWriter log, string what)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (_child is { HasExited: true })
            {
                throw new InvalidOperationException($"The {what} exited while starting:\n{_child.Tail()}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseUri, path))).IsSuccessStatusCode)
                {
                    await log.WriteLineAsync($"{what} ready at {BaseUri} (pid {Pid}) after {started.Elapsed.TotalSeconds:F1}s");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer.
            }

            if (started.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new InvalidOperationException($"The {what} did not become ready:\n{_child?.Tail()}");
            }

            await Task.Delay(250);
        }
    }
}
