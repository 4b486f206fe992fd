using System.Globalization;
using Orleans.Storage;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// Grain storage on PostgreSQL whose writes share batches and transactions (<see cref="PostgresWriteBatcher"/>),
/// while reads and clears are Orleans' AdoNet provider's own. Writes use the provider's statement (loaded by it from
/// OrleansQuery), its key and hashes (<see cref="AdoNetStorageKey"/>), its serializer and its version semantics: a
/// write carries the ETag it last read or wrote, the row's version becomes the new ETag, and a write whose ETag is
/// not the stored version (or a first write whose row another activation created) fails with
/// <see cref="InconsistentStateException"/>, worded as the provider words it. The provider reads what this writes,
/// and this continues from the versions the provider wrote.
/// </summary>
public sealed class BatchingPostgresGrainStorage(AdoNetGrainStorage adoNet, PostgresWriteBatcher batcher, string serviceId, string providerName)
    : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        adoNet.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        adoNet.ClearStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = AdoNetStorageKey.For(stateName, grainId, grainType =>
            adoNet.HashPicker.PickHasher(serviceId, providerName, grainType, grainId, grainState)
            ?? throw new InvalidOperationException($"The AdoNet provider {providerName} has no hasher for {grainType}."));
        var etag = grainState.ETag;
        var expected = string.IsNullOrWhiteSpace(etag) ? default(int?) : int.Parse(etag, CultureInfo.InvariantCulture);
        var payload = adoNet.Serializer.Serialize(grainState.State).ToMemory();

        var version = await batcher.Write(new PendingWrite(adoNet.CurrentOperationalQueries.WriteToStorage, key, serviceId, expected, payload))
            ?? throw new InconsistentStateException(
                $"Version conflict (WriteState): ServiceId={serviceId} ProviderName={providerName} GrainType={key.GrainTypeString} GrainId={key} ETag={etag}.");

        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }
}
