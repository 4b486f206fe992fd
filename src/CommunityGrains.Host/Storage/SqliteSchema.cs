using Microsoft.Data.Sqlite;

namespace CommunityGrains.Host.Storage;

/// <summary>The embedded database is prepared at start-up: WAL mode and the provider's tables and queries.</summary>
public static class SqliteSchema
{
    public static void Apply(StorageOptions options)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.SqlitePath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = new SqliteConnection(options.SqliteConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        foreach (var (_, sql) in SchemaScripts.For("sqlite"))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, sql, transaction);
            transaction.Commit();
        }
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
