using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace CommunityGrains.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster from the locally installed server binaries: initdb into a temp folder, started on a
/// free loopback port with trust authentication, removed on dispose. Tests share one per collection (each test takes
/// its own database with <see cref="CreateDatabase"/>); the bench starts one per run with <see cref="Started"/>.
/// </summary>
public sealed partial class PostgresServer : IAsyncLifetime, IAsyncDisposable
{
    public const string Superuser = "postgres";

    private const int StartAttempts = 5;

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private string? _root;

    /// <summary>The newest <c>/usr/lib/postgresql/*/bin</c> holding initdb and pg_ctl, or null.</summary>
    public static string? BinDirectory { get; } = FindBinDirectory();

    /// <summary>On CI a missing PostgreSQL is a failure, not a reason to skip.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage =>
        "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin; install the postgresql package to run this test.";

    /// <summary>
    /// Off for tests, whose durability concern is the host process dying, not the machine. The bench keeps it on, so
    /// both sides of a comparison meet PostgreSQL's default settings.
    /// </summary>
    public bool Fsync { get; init; }

    /// <summary>The server's <c>max_connections</c> when the default (100) is too few for the load.</summary>
    public int? MaxConnections { get; init; }

    /// <summary>The connection strings' pool size when Npgsql's default (100) is not wanted.</summary>
    public int? MaxPoolSize { get; init; }

    public int Port { get; private set; }

    /// <summary>The postmaster's process id, parent of every backend: its process tree is the server's CPU.</summary>
    public int Pid => int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>The major version the binaries belong to, e.g. "15".</summary>
    public static string? Version => BinDirectory is null ? null : Path.GetFileName(Path.GetDirectoryName(BinDirectory));

    /// <summary>The maintenance database; tests should work in a database of their own.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    private string Root => _root ?? throw new InvalidOperationException(MissingMessage);

    private string DataDirectory => Path.Combine(Root, "data");

    private string LogFile => Path.Combine(Root, "server.log");

    /// <summary>Initializes and starts a server, failing when the binaries are missing (outside a test fixture nothing is skipped).</summary>
    public async Task<PostgresServer> Started()
    {
        if (BinDirectory is null)
        {
            throw new InvalidOperationException(MissingMessage);
        }

        await InitializeAsync();
        return this;
    }

    public async Task InitializeAsync()
    {
        if (BinDirectory is null)
        {
            // Without binaries every [PostgresFact] is skipped, unless CI demands PostgreSQL: then fail loudly.
            if (Required)
            {
                throw new InvalidOperationException(MissingMessage + " CI=true requires it.");
            }

            return;
        }

        _root = Directory.CreateTempSubdirectory("cg-postgres-").FullName;
        if (RunAs is { } user)
        {
            // PostgreSQL refuses to run as root, so the cluster belongs to an unprivileged user.
            await Run("chown", "-R", $"{user}:", _root);
        }

        await RunPostgres("initdb", "-D", DataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync");

        // PostgreSQL cannot listen on port 0 and report the port it got, so a free port is chosen first; another process
        // may take it before the server binds, and then a new port is tried.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort.Next();
            try
            {
                await Start();
                return;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && File.Exists(LogFile) &&
                                                    File.ReadAllText(LogFile).Contains("Address already in use", StringComparison.Ordinal))
            {
                File.Delete(LogFile);
            }
        }
    }

    public async Task<string> CreateDatabase(string name)
    {
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException("Use lower-case letters, digits and underscores.", nameof(name));
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public string ConnectionStringFor(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Database = database,
            Timeout = 15,
            IncludeErrorDetail = true,
        };
        if (MaxPoolSize is { } size)
        {
            builder.MaxPoolSize = size;
        }

        return builder.ConnectionString;
    }

    /// <summary>Starts the server again on the same port and data after <see cref="Stop"/>.</summary>
    public Task Start()
    {
        var settings = $"-p {Port} -h 127.0.0.1 -k {Root}";
        if (!Fsync)
        {
            settings += " -F";
        }

        if (MaxConnections is { } connections)
        {
            settings += $" -N {connections}";
        }

        return RunPostgres("pg_ctl", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", settings, "start");
    }

    /// <summary>A clean shutdown, e.g. to see how hosts behave while the database is away.</summary>
    public async Task Stop()
    {
        await RunPostgres("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
        // This process's pooled connections died with the server; later tests must not pick them up.
        NpgsqlConnection.ClearAllPools();
    }

    public async Task DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunPostgres("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped by a test.
        }

        Directory.Delete(_root, recursive: true);
        _root = null;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private static string? RunAs { get; } = Environment.UserName == "root" ? UnprivilegedUser() : null;

    private static string UnprivilegedUser() =>
        File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal)) ? "postgres" : "nobody";

    private static string? FindBinDirectory()
    {
        const string installs = "/usr/lib/postgresql";
        if (!Directory.Exists(installs))
        {
            return null;
        }

        return Directory.GetDirectories(installs)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private Task RunPostgres(string tool, params string[] arguments)
    {
        var executable = Path.Combine(BinDirectory!, tool);
        return RunAs is { } user ? Run("runuser", ["-u", user, "--", executable, .. arguments]) : Run(executable, arguments);
    }

    private async Task Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The server user cannot enter the test's folder; its own tree is the one place it may stand in.
            WorkingDirectory = Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}" +
                (File.Exists(LogFile) ? $"\nserver.log:\n{await File.ReadAllTextAsync(LogFile)}" : ""));
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,63}$")]
    private static partial Regex DatabaseName();
}
