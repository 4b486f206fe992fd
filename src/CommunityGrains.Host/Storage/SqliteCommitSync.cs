using Microsoft.Data.Sqlite;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// The embedded database's commit sync. Grain writes commit without waiting for the disk (their queries set
/// <c>synchronous = NORMAL</c>, schema/sqlite/002); this commits a one-row change on a connection of its own with
/// <c>synchronous = FULL</c>, and SQLite syncs the write-ahead log before that commit returns. The log is one file
/// written in commit order, so that sync also makes durable every commit before it: SQLite's own fsync, on the
/// path SQLite maintains, rather than one of ours on its files.
/// </summary>
public sealed class SqliteCommitSync : ICommitSync, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _mark;

    public SqliteCommitSync(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        SqliteSchema.Execute(_connection, "PRAGMA synchronous = FULL;");

        _mark = _connection.CreateCommand();
        _mark.CommandText = "UPDATE CommitSync SET Syncs = Syncs + 1 WHERE Id = 1;";
        _mark.Prepare();
    }

    public void Sync()
    {
        if (_mark.ExecuteNonQuery() != 1)
        {
            throw new InvalidOperationException("The CommitSync row is missing: the SQLite schema was not applied.");
        }
    }

    public void Dispose()
    {
        _mark.Dispose();
        _connection.Dispose();
    }
}
