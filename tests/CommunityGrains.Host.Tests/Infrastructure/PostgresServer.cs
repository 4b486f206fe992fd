using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from the locally installed server binaries: initdb into a temp folder, started on a
/// free loopback port with trust authentication, removed on dispose. Shared by a test collection; each test takes
/// its own database with <see cref="CreateDatabase"/>.
/// </summary>
public sealed partial class PostgresServer : IAsyncLifetime
{
    public const string Superuser = "postgres";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private string? _root;

    /// <summary>The newest <c>/usr/lib/postgresql/*/bin</c> holding initdb and pg_ctl, or null.</summary>
    public static string? BinDirectory { get; } = FindBinDirectory();

    /// <summary>On CI a missing PostgreSQL is a failure, not a reason to skip.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage =>
        "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin; install the postgresql package to run this test.";

    public int Port { get; private set; }

    /// <summary>The maintenance database; tests should work in a database of their own.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    private string Root => _root ?? throw new InvalidOperationException(MissingMessage);

    private string DataDirectory => Path.Combine(Root, "data");

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
        Port = FreePorts.Next();
        if (RunAs is { } user)
        {
            // PostgreSQL refuses to run as root, so the cluster belongs to an unprivileged user.
            await Run("chown", "-R", $"{user}:", _root);
        }

        await RunPostgres("initdb", "-D", DataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync");
        await Start();
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

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        Timeout = 15,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Starts the server again on the same port and data after <see cref="Stop"/>.</summary>
    public Task Start() =>
        // -F: no fsync, the tests' durability concern is the host process dying, not the machine.
        RunPostgres("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(Root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -h 127.0.0.1 -k {Root} -F", "start");

    /// <summary>A clean shutdown, e.g. to see how hosts behave while the database is away.</summary>
    public Task Stop() => RunPostgres("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");

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
    }

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
            var log = Path.Combine(Root, "server.log");
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}" +
                (File.Exists(log) ? $"\nserver.log:\n{await File.ReadAllTextAsync(log)}" : ""));
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,63}$")]
    private static partial Regex DatabaseName();
}
