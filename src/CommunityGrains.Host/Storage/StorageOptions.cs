using Npgsql;

namespace CommunityGrains.Host.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
    Memory,
}

/// <summary>Configuration section <c>Storage</c> plus <c>ConnectionStrings:Postgres</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string DefaultSqlitePath = "data/communitygrains.db";

    // Storage (read, write, clear), clustering and reminders use about a dozen distinct statements.
    private const int OrleansStatementCount = 32;

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>
    /// PostgreSQL only: grain writes that arrive together share one batch and transaction
    /// (<see cref="BatchingPostgresGrainStorage"/>). False writes each through the AdoNet provider on its own.
    /// </summary>
    public bool BatchWrites { get; set; } = true;

    /// <summary>The most grain writes one batch carries.</summary>
    public int WriteBatchSize { get; set; } = 256;

    /// <summary>How many batches may be in flight at once, each on a pooled connection of its own.</summary>
    public int ConcurrentWriteBatches { get; set; } = 4;

    public static StorageOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<StorageOptions>() ?? new StorageOptions();

    public string SqliteConnectionString => $"Data Source={Path.GetFullPath(SqlitePath)};Pooling=True;Default Timeout=30";

    public static string PostgresConnectionString(IConfiguration configuration) =>
        TunedForOrleans(configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set."));

    /// <summary>
    /// The Orleans providers open a pooled connection for every statement and change no session state, so the
    /// <c>DISCARD ALL</c> Npgsql sends when a connection goes back to the pool was a second round trip on every
    /// grain write, and their few fixed statements were parsed and planned each time. Settings the operator wrote
    /// in the connection string win.
    /// </summary>
    public static string TunedForOrleans(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(builder, nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        if (!Mentions(builder, nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = OrleansStatementCount;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(NpgsqlConnectionStringBuilder builder, string property) =>
        builder.Keys.Any(k => string.Equals(k.Replace(" ", "", StringComparison.Ordinal), property, StringComparison.OrdinalIgnoreCase));
}
