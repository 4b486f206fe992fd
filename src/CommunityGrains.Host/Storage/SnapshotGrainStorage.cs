using Orleans.Serialization;
using Orleans.Storage;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// Hands the provider a copy of the state taken on the grain's own turn. The AdoNet provider serializes the state
/// only after it has opened a connection, off the grain's scheduler; a reentrant grain with group commit keeps
/// changing its state meanwhile, and serializing a dictionary another turn is adding to fails ("Collection was
/// modified") or stores a torn state.
/// </summary>
public sealed class SnapshotGrainStorage(IGrainStorage inner, DeepCopier copier) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var snapshot = new GrainState<T>(copier.Copy(grainState.State), grainState.ETag) { RecordExists = grainState.RecordExists };
        await inner.WriteStateAsync(stateName, grainId, snapshot);
        grainState.ETag = snapshot.ETag;
        grainState.RecordExists = snapshot.RecordExists;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
