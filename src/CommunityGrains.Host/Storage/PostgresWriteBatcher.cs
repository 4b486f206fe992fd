using System.Data;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// Gathers the grain writes that arrive together into one <see cref="NpgsqlBatch"/>: one round trip and one
/// transaction for many grains, as Akka.Persistence's batching SQL journal does for events. A few batches run at
/// once, each on its own pooled connection; a batch takes whatever has queued meanwhile (nothing waits for a batch
/// to fill, so a lone write goes at once), up to a size limit.
/// <para>
/// A batch without an explicit transaction is one implicit transaction in PostgreSQL (Npgsql sends a single Sync at
/// its end): every statement commits at that Sync or none does. Each write is acknowledged only after the batch's
/// results were read to the end, that is after PostgreSQL reported the commit.
/// </para>
/// <para>
/// A stale ETag is not an error in the provider's statement (it returns no row), so it costs the other writes
/// nothing. A statement that does raise an error rolls the whole batch back; the batch then runs again without it,
/// so only that write fails, with PostgreSQL's error. This is cheaper than a savepoint around every statement,
/// which would add two statements per write to every batch for the sake of the rare error. When the connection is
/// lost or the server goes away, nothing is known to have committed and every write of the batch fails with
/// Npgsql's exception (a <see cref="System.Data.Common.DbException"/>, answered as UNAVAILABLE).
/// </para>
/// </summary>
public sealed class PostgresWriteBatcher : IDisposable
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>();
    private readonly string _connectionString;
    private readonly int _maxBatchSize;

    public PostgresWriteBatcher(string connectionString, int maxBatchSize, int concurrentBatches)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrentBatches, 1);

        // Tells which statement of a batch failed, so that it alone is refused.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { IncludeFailedBatchedCommand = true }.ConnectionString;
        _maxBatchSize = maxBatchSize;
        for (var i = 0; i < concurrentBatches; i++)
        {
            _ = Task.Run(Pump);
        }
    }

    /// <summary>The new version of the row, or null when the expected version was not the stored one.</summary>
    public Task<int?> Write(PendingWrite write)
    {
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(PostgresWriteBatcher), "The host is shutting down.");
        }

        return write.Stored;
    }

    /// <summary>Writes already queued still go to the database; new ones are refused.</summary>
    public void Dispose() => _queue.Writer.TryComplete();

    private async Task Pump()
    {
        var batch = new List<PendingWrite>(_maxBatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatchSize && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            if (batch.Count > 0)
            {
                await Commit(batch);
                batch.Clear();
            }
        }
    }

    private async Task Commit(List<PendingWrite> batch)
    {
        // Row locks in one order on every host; the sort is stable, so two writes of one grain keep their order.
        var writes = batch.OrderBy(w => w.Key).ToList();
        while (writes.Count > 0)
        {
            NpgsqlConnection? connection = null;
            var statements = writes.Select(Statement).ToList();
            try
            {
                connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync();
                var versions = await Execute(connection, statements);
                for (var i = 0; i < writes.Count; i++)
                {
                    writes[i].Committed(versions[i]);
                }

                return;
            }
            catch (PostgresException error) when (connection?.State == ConnectionState.Open && error.BatchCommand is NpgsqlBatchCommand statement
                && statements.IndexOf(statement) is var failed and >= 0)
            {
                // The implicit transaction rolled back: the others have not been written, so they go again without it.
                writes[failed].Failed(error);
                writes.RemoveAt(failed);
            }
            catch (Exception error)
            {
                foreach (var write in writes)
                {
                    write.Failed(error);
                }

                return;
            }
            finally
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
            }
        }
    }

    private static async Task<int?[]> Execute(NpgsqlConnection connection, List<NpgsqlBatchCommand> statements)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(statement);
        }

        var versions = new int?[statements.Count];
        await using var reader = await batch.ExecuteReaderAsync();
        for (var i = 0; i < statements.Count; i++)
        {
            if (i > 0)
            {
                await reader.NextResultAsync();
            }

            versions[i] = await reader.ReadAsync() ? reader.GetInt32(0) : null;
        }

        // Reads up to PostgreSQL's ReadyForQuery, which follows the commit of the batch's implicit transaction.
        await reader.CloseAsync();
        return versions;
    }

    /// <summary>The provider's own statement with the parameters it binds (schema/postgres/002-persistence.sql).</summary>
    private static NpgsqlBatchCommand Statement(PendingWrite write)
    {
        var key = write.Key;
        var command = new NpgsqlBatchCommand(write.Query);
        command.Parameters.Add(new NpgsqlParameter<int>("GrainIdHash", key.GrainIdHash));
        command.Parameters.Add(new NpgsqlParameter<long>("GrainIdN0", key.GrainIdN0));
        command.Parameters.Add(new NpgsqlParameter<long>("GrainIdN1", key.GrainIdN1));
        command.Parameters.Add(new NpgsqlParameter<int>("GrainTypeHash", key.GrainTypeHash));
        command.Parameters.Add(new NpgsqlParameter<string>("GrainTypeString", key.GrainTypeString));
        command.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Text) { Value = (object?)key.GrainIdExtensionString ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string>("ServiceId", write.ServiceId));
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)write.ExpectedVersion ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("PayloadBinary", write.Payload) { NpgsqlDbType = NpgsqlDbType.Bytea });
        return command;
    }
}
