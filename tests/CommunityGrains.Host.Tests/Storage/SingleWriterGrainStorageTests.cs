using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using Orleans.Runtime;
using Orleans.Storage;

namespace CommunityGrains.Host.Tests.Storage;

public sealed class SingleWriterGrainStorageTests
{
    [Fact]
    public async Task A_second_write_waits_for_the_first_instead_of_meeting_a_busy_database()
    {
        var provider = new GatedProvider();
        var storage = new SingleWriterGrainStorage(provider, new GatedSync(provider, open: true));

        var first = Write(storage, "a");
        var second = Write(storage, "b");
        await Task.Yield();
        Assert.Equal(1, provider.Started);

        // The first write's commit sync queues behind the second write, so both are let through before either is awaited.
        provider.FinishOne();
        provider.FinishOne();
        await Task.WhenAll(first, second);
        Assert.Equal(2, provider.Started);
        Assert.Equal(1, provider.MostAtOnce);
    }

    [Fact]
    public async Task A_committed_write_is_acknowledged_only_after_a_sync_that_follows_its_commit()
    {
        var provider = new GatedProvider();
        var sync = new GatedSync(provider, open: false);
        var storage = new SingleWriterGrainStorage(provider, sync);

        var write = Write(storage, "a");
        provider.FinishOne();
        await Poll.Until(() => Task.FromResult(sync.Started == 1), TimeSpan.FromSeconds(10), "the sync started");
        Assert.Equal(1, provider.Committed);
        Assert.False(write.IsCompleted);

        sync.FinishOne();
        await write;
        Assert.Equal([1], sync.CommittedAtEachSync);
    }

    [Fact]
    public async Task Writes_that_queue_behind_each_other_share_one_sync()
    {
        var provider = new GatedProvider();
        var sync = new GatedSync(provider, open: true);
        var storage = new SingleWriterGrainStorage(provider, sync);

        var writes = Enumerable.Range(0, 8).Select(i => Write(storage, $"g{i}")).ToList();
        for (var i = 0; i < writes.Count; i++)
        {
            provider.FinishOne();
        }

        await Task.WhenAll(writes);
        Assert.Equal(8, provider.Committed);
        Assert.InRange(sync.Started, 1, 2);
        Assert.Equal(8, sync.CommittedAtEachSync[^1]);
    }

    [Fact]
    public async Task A_failed_sync_fails_the_writes_it_covered_and_the_next_write_syncs_again()
    {
        var provider = new GatedProvider();
        var sync = new GatedSync(provider, open: true) { FailNext = true };
        var storage = new SingleWriterGrainStorage(provider, sync);

        var unacknowledged = Write(storage, "a");
        provider.FinishOne();
        await Assert.ThrowsAsync<IOException>(() => unacknowledged);

        var next = Write(storage, "b");
        provider.FinishOne();
        await next;
        Assert.Equal([1, 2], sync.CommittedAtEachSync);
    }

    private static Task Write(SingleWriterGrainStorage storage, string key) =>
        storage.WriteStateAsync("member", GrainId.Create("test", key), new GrainState<string>(key));

    private sealed class GatedProvider : IGrainStorage
    {
        private readonly SemaphoreSlim _finish = new(0);
        private int _running;
        private int _committed;

        public int Started { get; private set; }

        public int MostAtOnce { get; private set; }

        public int Committed => Volatile.Read(ref _committed);

        public void FinishOne() => _finish.Release();

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            Started++;
            MostAtOnce = Math.Max(MostAtOnce, Interlocked.Increment(ref _running));
            await _finish.WaitAsync();
            Interlocked.Increment(ref _committed);
            Interlocked.Decrement(ref _running);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }

    /// <summary>Records how many writes had committed when each sync ran; closed, it waits to be let through.</summary>
    private sealed class GatedSync(GatedProvider provider, bool open) : ICommitSync
    {
        private readonly SemaphoreSlim _finish = new(0);
        private int _started;

        public bool FailNext { get; set; }

        public int Started => Volatile.Read(ref _started);

        public List<int> CommittedAtEachSync { get; } = [];

        public void FinishOne() => _finish.Release();

        public void Sync()
        {
            Interlocked.Increment(ref _started);
            if (!open)
            {
                _finish.Wait();
            }

            lock (CommittedAtEachSync)
            {
                CommittedAtEachSync.Add(provider.Committed);
            }

            if (FailNext)
            {
                FailNext = false;
                throw new IOException("The disk refused the sync.");
            }
        }
    }
}
