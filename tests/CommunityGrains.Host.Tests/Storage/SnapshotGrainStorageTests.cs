using CommunityGrains.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace CommunityGrains.Host.Tests.Storage;

public sealed class SnapshotGrainStorageTests
{
    private static readonly GrainId Grain = GrainId.Create("test", "snapshot");

    [Fact]
    public async Task A_change_made_while_a_write_is_in_flight_is_left_for_the_next_write()
    {
        var provider = new SlowProvider();
        var storage = new SnapshotGrainStorage(provider, Copier());
        var points = new Dictionary<string, int> { ["alice"] = 10 };
        var state = new GrainState<Dictionary<string, int>>(points, "1");

        var write = storage.WriteStateAsync("roster", Grain, state);
        points["bob"] = 20;
        provider.Finish();
        await write;

        Assert.Equal(["alice"], provider.Written!.Keys);
        Assert.Equal("2", state.ETag);
        Assert.True(state.RecordExists);
    }

    private static DeepCopier Copier() => new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<DeepCopier>();

    /// <summary>Serializes only after an await, as the AdoNet provider does once its connection is open.</summary>
    private sealed class SlowProvider : IGrainStorage
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Dictionary<string, int>? Written { get; private set; }

        public void Finish() => _open.SetResult();

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await _open.Task;
            Written = new Dictionary<string, int>((Dictionary<string, int>)(object)grainState.State!);
            grainState.ETag = "2";
            grainState.RecordExists = true;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }
}
