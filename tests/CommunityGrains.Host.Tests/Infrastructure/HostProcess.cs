using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>
/// The built host (<c>dotnet CommunityGrains.Host.dll</c>) as a child process on free loopback ports: start, wait
/// until it answers, talk GraphQL, kill it hard or stop it politely, start it again on the same ports and data.
/// Everything it prints is kept for failure messages.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    /// <summary>Answers as soon as the web server listens.</summary>
    public const string LivePath = "/healthz";

    /// <summary>Answers once the silo is active and storage is reachable: the host can serve grain calls.</summary>
    public const string ReadyPath = "/healthz/ready";

    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private const int SigTerm = 15;
    private const int StartAttempts = 3;
    private const int OutputTail = 6000;

    private readonly string _workingDirectory;
    private readonly string[] _arguments;
    private readonly StringBuilder _output = new();
    private readonly HttpClient _http;
    private Process? _process;

    private HostProcess(string workingDirectory, IEnumerable<string> configuration)
    {
        _workingDirectory = workingDirectory;
        HttpPort = FreePort.Next();
        SiloPort = FreePort.Next();
        GatewayPort = FreePort.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}");
        _arguments =
        [
            HostAssembly,
            "--urls", BaseAddress.ToString().TrimEnd('/'),
            $"--Orleans:SiloPort={SiloPort}",
            $"--Orleans:GatewayPort={GatewayPort}",
            .. configuration,
        ];
        _http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public int HttpPort { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public bool HasExited => _process is null || _process.HasExited;

    /// <summary>What the process printed so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// The host's own build output when it sits beside this test project's (same configuration), else the copy in
    /// the test folder.
    /// </summary>
    public static string HostAssembly { get; } = FindHostAssembly();

    /// <summary>
    /// Starts a host with configuration arguments such as <c>--Storage:SqlitePath=…</c> and waits until
    /// <paramref name="healthPath"/> answers 200.
    /// </summary>
    public static async Task<HostProcess> Start(string workingDirectory, string[] configuration, string healthPath = ReadyPath)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = new HostProcess(workingDirectory, configuration);
            try
            {
                await host.Launch(healthPath);
                return host;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && host.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process bound one of the free ports first (see FreePort): new ports, new process.
                await host.DisposeAsync();
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Runs a verb such as <c>migrate</c> to completion.</summary>
    public static Task<(int ExitCode, string Output)> RunVerb(string workingDirectory, params string[] arguments) =>
        RunVerb(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs a verb with <paramref name="environment"/> added to the process's environment, as a container's would be.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerb(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = StartDotnet(workingDirectory, [HostAssembly, .. arguments], output, environment);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>Starts the same command line again (same ports, same data) after the process has gone.</summary>
    public Task Restart(string healthPath = ReadyPath)
    {
        if (!HasExited)
        {
            throw new InvalidOperationException("The host is still running.");
        }

        Append($"---- restart at {DateTime.UtcNow:O} ----");
        return Launch(healthPath);
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200, failing early if the process dies.</summary>
    public async Task WaitForHealth(string path = ReadyPath, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? StartTimeout;
        while (true)
        {
            if (HasExited)
            {
                throw Failure($"The host exited with {_process?.ExitCode} before {path} answered.");
            }

            try
            {
                using var response = await _http.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > limit)
            {
                throw Failure($"{path} did not answer 200 within {limit.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>POSTs a GraphQL request and returns its <c>data</c>; GraphQL errors fail with the host's output attached.</summary>
    public async Task<JsonElement> GraphQL(string query, string? token = null, object? variables = null)
    {
        var response = await GraphQLClient.Post(_http, new Uri("/graphql", UriKind.Relative), token, query, variables);
        if (!response.IsJson)
        {
            throw Failure($"POST /graphql answered {(int)response.Status} with a body that is not JSON: {response.Body}");
        }

        if (response.Root.TryGetProperty("errors", out _) || response.Data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            throw Failure($"POST /graphql answered {(int)response.Status}: {response.Body}");
        }

        return response.Data;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (HasExited)
        {
            return;
        }

        _process!.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as from an orchestrator, then waits for the process to end; returns its exit code.</summary>
    public async Task<int> Terminate(TimeSpan? timeout = null)
    {
        if (!HasExited)
        {
            if (SendSignal(_process!.Id, SigTerm) != 0)
            {
                throw new InvalidOperationException($"kill(SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
            }

            using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(limit.Token);
        }

        return _process!.ExitCode;
    }

    public Exception Failure(string message)
    {
        var output = Output;
        var tail = output.Length > OutputTail ? "…" + output[^OutputTail..] : output;
        return new InvalidOperationException($"{message}\n---- host output ({BaseAddress}) ----\n{tail}");
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task Launch(string healthPath)
    {
        _process?.Dispose();
        _process = StartDotnet(_workingDirectory, _arguments, _output);
        await WaitForHealth(healthPath);
    }

    private void Append(string line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static Process StartDotnet(
        string workingDirectory, IEnumerable<string> arguments, StringBuilder output, IReadOnlyDictionary<string, string>? environment = null)
    {
        // The SDK tells test processes which muxer runs them; use the same one.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string FindHostAssembly()
    {
        const string name = "CommunityGrains.Host.dll";
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent?.Name;
        for (var directory = here; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "CommunityGrains.Host", "bin", configuration ?? "", framework, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, name);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
