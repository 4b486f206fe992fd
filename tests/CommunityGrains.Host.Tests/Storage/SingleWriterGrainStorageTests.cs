using CommunityGrains.Host.Storage;
using Orleans.Runtime;
using Orleans.Storage;

namespace CommunityGrains.Host.Tests.Storage;

public sealed class SingleWriterGrainStorageTests
{
    [Fact]
    public async Task A_second_write_waits_for_the_first_instead_of_meeting_a_busy_database()
    {
        var provider = new GatedProvider();
        var storage = new SingleWriterGrainStorage(provider);

        var first = storage.WriteStateAsync("member", GrainId.Create("test", "a"), new GrainState<int>(1));
        var second = storage.WriteStateAsync("member", GrainId.Create("test", "b"), new GrainState<int>(2));
        await Task.Yield();
        Assert.Equal(1, provider.Started);

        provider.FinishOne();
        await first;
        provider.FinishOne();
        await second;
        Assert.Equal(2, provider.Started);
        Assert.Equal(1, provider.MostAtOnce);
    }

    private sealed class GatedProvider : IGrainStorage
    {
        private readonly SemaphoreSlim _finish = new(0);
        private int _running;

        public int Started { get; private set; }

        public int MostAtOnce { get; private set; }

        public void FinishOne() => _finish.Release();

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            Started++;
            MostAtOnce = Math.Max(MostAtOnce, Interlocked.Increment(ref _running));
            await _finish.WaitAsync();
            Interlocked.Decrement(ref _running);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }
}
