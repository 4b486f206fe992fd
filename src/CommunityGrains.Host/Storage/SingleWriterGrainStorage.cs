using Orleans.Storage;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// SQLite takes one writer at a time. Concurrent writes on separate pooled connections made all but one fail with
/// SQLITE_BUSY, and Microsoft.Data.Sqlite retries those after sleeping, so under load first check-ins waited over a
/// second each. The embedded host is the file's only user, so its writes queue here instead; reads never wait (WAL).
/// <para>
/// Group commit: a write commits without waiting for the disk and is acknowledged after the next
/// <see cref="ICommitSync.Sync"/>, which covers every write committed before it. Writes that queued behind each other
/// share one sync; each used to wait for one of its own (~0.3 ms on this machine's disk, three per first check-in),
/// and those waits, one after another, were what capped the file's writes.
/// </para>
/// </summary>
public sealed class SingleWriterGrainStorage(IGrainStorage inner, ICommitSync commitSync) : IGrainStorage
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Lock _gate = new();
    private long _committed;
    private long _synced;
    private Task? _nextSync;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Durably(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Durably(() => inner.ClearStateAsync(stateName, grainId, grainState));

    private async Task Durably(Func<Task> write)
    {
        var commit = await Commit(write);
        while (Volatile.Read(ref _synced) < commit)
        {
            await SharedSync();
        }
    }

    private async Task<long> Commit(Func<Task> write)
    {
        await _writer.WaitAsync();
        try
        {
            await write();
            return ++_committed;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Joins the sync that is waiting for its turn, or starts one: it covers whatever committed before it runs.</summary>
    private async Task SharedSync()
    {
        TaskCompletionSource? lead = null;
        Task next;
        lock (_gate)
        {
            next = _nextSync ??= (lead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }

        if (lead is not null)
        {
            await Sync(lead);
        }

        await next;
    }

    private async Task Sync(TaskCompletionSource done)
    {
        try
        {
            // Behind the writes already queued, so that it covers them too; writes that queue meanwhile wait for the next.
            await _writer.WaitAsync();
            try
            {
                var upTo = _committed;
                await Task.Run(commitSync.Sync);
                Volatile.Write(ref _synced, upTo);
            }
            finally
            {
                _writer.Release();
            }
        }
        catch (Exception failure)
        {
            Finish(() => done.SetException(failure));
            return;
        }

        Finish(done.SetResult);
    }

    /// <summary>A waiter that finds its write still not synced after this one must start the next, not join this one.</summary>
    private void Finish(Action complete)
    {
        lock (_gate)
        {
            _nextSync = null;
        }

        complete();
    }
}
