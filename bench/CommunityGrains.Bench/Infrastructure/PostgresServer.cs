using System.Diagnostics;
using System.Globalization;

namespace CommunityGrains.Bench.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL from the local binaries (Debian package <c>postgresql</c>) in a temp directory. initdb refuses
/// to run as root, so as root the server runs as the <c>postgres</c> user. Settings are PostgreSQL's defaults apart from
/// the connection limit, so the actors and the baseline meet the same database.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    private readonly ChildProcess _server;

    private PostgresServer(string bin, string dir, int port, ChildProcess server)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
        _server = server;
    }

    public int Port { get; }

    public int Pid => _server.Id;

    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Maximum Pool Size=64";

    public static async Task<PostgresServer> Start(TextWriter log)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("--postgres needs the PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin (apt-get install postgresql).");
        }

        var dir = Directory.CreateTempSubdirectory("cg-bench-pg-").FullName;
        var data = Path.Combine(dir, "data");
        if (IsRoot)
        {
            await ChildProcess.Run("chown", ["-R", "postgres", dir], Path.Combine(Path.GetTempPath(), "cg-bench-chown.log"));
        }

        var initLog = Path.Combine(Path.GetTempPath(), $"cg-bench-initdb-{Environment.ProcessId}.log");
        await ChildProcess.Run(AsPostgres(Path.Combine(bin, "initdb"), out var initArgs, ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]), initArgs, initLog);
        var port = FreePort.Next();
        var fileName = AsPostgres(Path.Combine(bin, "postgres"), out var serverArgs,
            ["-D", data, "-p", port.ToString(CultureInfo.InvariantCulture), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"]);
        var server = ChildProcess.Start(fileName, serverArgs, Path.Combine(Path.GetTempPath(), $"cg-bench-postgres-{Environment.ProcessId}.log"));
        var postgres = new PostgresServer(bin, dir, port, server);
        var ready = Stopwatch.StartNew();
        while (!await postgres.IsReady())
        {
            if (server.HasExited || ready.Elapsed > TimeSpan.FromSeconds(30))
            {
                postgres.Dispose();
                throw new InvalidOperationException($"PostgreSQL did not start:\n{server.Tail()}");
            }

            await Task.Delay(200);
        }

        await log.WriteLineAsync($"PostgreSQL {Path.GetFileName(Path.GetDirectoryName(bin))} on port {port} ({dir})");
        return postgres;
    }

    public void Dispose()
    {
        try
        {
            var fileName = AsPostgres(Path.Combine(_bin, "pg_ctl"), out var args, ["stop", "-D", Path.Combine(_dir, "data"), "-m", "fast", "-w"]);
            ChildProcess.Run(fileName, args, Path.Combine(Path.GetTempPath(), "cg-bench-pgctl.log")).Wait(TimeSpan.FromSeconds(20));
        }
        catch (AggregateException)
        {
            // Killed below anyway.
        }

        _server.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory; the OS cleans it eventually.
        }
    }

    private async Task<bool> IsReady()
    {
        var fileName = Path.Combine(_bin, "pg_isready");
        try
        {
            await ChildProcess.Run(fileName, ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres"],
                Path.Combine(Path.GetTempPath(), "cg-bench-pgisready.log"));
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string AsPostgres(string program, out string[] arguments, string[] programArguments)
    {
        if (!IsRoot)
        {
            arguments = programArguments;
            return program;
        }

        arguments = ["-u", "postgres", "--", program, .. programArguments];
        return "runuser";
    }
}
