using CommunityGrains.Host.Tests.Infrastructure;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace CommunityGrains.Host.Tests.Storage;

/// <summary>
/// Makes the next batch deterministic on a host with one batch in flight (<c>Storage:ConcurrentWriteBatches=1</c>):
/// a row lock holds a write of a "blocker" grain inside the database, so that every write queued meanwhile waits
/// for the one batch that follows it. <see cref="Release"/> lets the blocker commit and returns its write.
/// </summary>
public sealed class BatchHold : IAsyncDisposable
{
    public const string StateName = "batch-check";

    private readonly NpgsqlConnection _locker;
    private readonly NpgsqlTransaction _lock;
    private readonly Task _blocked;

    private BatchHold(NpgsqlConnection locker, NpgsqlTransaction rowLock, Task blocked)
    {
        _locker = locker;
        _lock = rowLock;
        _blocked = blocked;
    }

    public static async Task<BatchHold> Start(IGrainStorage storage, string connectionString)
    {
        var blocker = GrainId.Create(StateName, $"blocker_{Guid.NewGuid():N}");
        var state = new GrainState<List<string>>(["blocker"]);
        await storage.WriteStateAsync(StateName, blocker, state);

        var (locker, rowLock) = await LockRow(connectionString, blocker.Key.ToString()!);
        state.State = ["blocker", "again"];
        var blocked = storage.WriteStateAsync(StateName, blocker, state);
        await WaitForLockWait(connectionString);
        return new BatchHold(locker, rowLock, blocked);
    }

    /// <summary>Takes the row lock of a string-keyed grain's state (the key is stored whole in GrainIdExtensionString).</summary>
    public static async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> LockRow(string connectionString, string key)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var select = new NpgsqlCommand("SELECT 1 FROM OrleansStorage WHERE GrainIdExtensionString = @key FOR UPDATE", connection, transaction);
        select.Parameters.AddWithValue("key", key);
        Assert.Equal(1, await select.ExecuteScalarAsync());
        return (connection, transaction);
    }

    /// <summary>Until a session of this database waits for a row lock: a batch is inside PostgreSQL, stuck on it.</summary>
    public static Task WaitForLockWait(string connectionString) =>
        Poll.Until(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            return (long)(await count.ExecuteScalarAsync())! > 0;
        }, TimeSpan.FromSeconds(30), "a batch waiting for a row lock");

    public async Task Release()
    {
        await _lock.CommitAsync();
        await _blocked;
    }

    public async ValueTask DisposeAsync()
    {
        await _lock.DisposeAsync();
        await _locker.DisposeAsync();
    }
}
