using Orleans.Storage;

namespace CommunityGrains.Grains.Tests.Infrastructure;

/// <summary>
/// Memory storage answers a write before the next message reaches the grain, so whether concurrent calls shared a
/// write depended on how fast the test sent them. A few milliseconds per write, as a database takes, make the
/// calls that arrive during a write meet the next one every time.
/// </summary>
public sealed class SlowWriteStorage(IGrainStorage inner) : IGrainStorage
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(5);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await Task.Delay(Latency);
        await inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
