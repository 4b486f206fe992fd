using CommunityGrains.Host.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
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
        var serializer = Serializer();
        var provider = new SlowProvider(serializer);
        var storage = new SnapshotGrainStorage(provider, serializer, NullLogger<SnapshotGrainStorage>.Instance);
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

    [Fact]
    public async Task A_write_that_committed_but_was_not_acknowledged_leaves_the_grain_the_stored_version()
    {
        var serializer = Serializer();
        var storage = new SnapshotGrainStorage(new CommittedThenFailedProvider(), serializer, NullLogger<SnapshotGrainStorage>.Instance);
        var state = new GrainState<Dictionary<string, int>>(new Dictionary<string, int> { ["alice"] = 10 }, "1");

        await Assert.ThrowsAsync<IOException>(() => storage.WriteStateAsync("roster", Grain, state));

        Assert.Equal("2", state.ETag);
        Assert.True(state.RecordExists);
    }

    [Fact]
    public void What_the_provider_stores_reads_back_with_the_plain_serializer()
    {
        var plain = new OrleansGrainStorageSerializer(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());
        var points = new Dictionary<string, int> { ["alice"] = 10, ["bob"] = 20 };

        var stored = Serializer().Serialize(new SerializedState(plain.Serialize(points)));

        Assert.Equal(points, plain.Deserialize<Dictionary<string, int>>(stored));
    }

    private static SnapshotAwareSerializer Serializer() =>
        new(new OrleansGrainStorageSerializer(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>()));

    /// <summary>Commits (a new version) and then fails, as a write whose commit sync failed does.</summary>
    private sealed class CommittedThenFailedProvider : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            grainState.ETag = "2";
            grainState.RecordExists = true;
            throw new IOException("The disk refused the sync.");
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }

    /// <summary>Serializes only after an await, as the AdoNet provider does once its connection is open.</summary>
    private sealed class SlowProvider(IGrainStorageSerializer serializer) : IGrainStorage
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Dictionary<string, int>? Written { get; private set; }

        public void Finish() => _open.SetResult();

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await _open.Task;
            Written = serializer.Deserialize<Dictionary<string, int>>(serializer.Serialize(grainState.State));
            grainState.ETag = "2";
            grainState.RecordExists = true;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }
}
