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

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public string SqlitePath { get; set; } = DefaultSqlitePath;

    public static StorageOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<StorageOptions>() ?? new StorageOptions();

    public string SqliteConnectionString => $"Data Source={Path.GetFullPath(SqlitePath)};Pooling=True;Default Timeout=30";

    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Postgres")
        ?? throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set.");
}
