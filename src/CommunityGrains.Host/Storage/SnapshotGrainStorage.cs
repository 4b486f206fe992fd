using System.Data.Common;
using CommunityGrains.Contracts.Common;
using Orleans.Storage;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// Serializes the state on the grain's own turn and hands the provider the bytes. The AdoNet provider serializes
/// only after it has opened a connection, off the grain's scheduler; a reentrant grain with group commit keeps
/// changing its state meanwhile, and serializing a dictionary another turn is adding to fails ("Collection was
/// modified") or stores a torn state. A deep copy taken on the turn avoided that too, but copying a roster shard's
/// dictionary rehashed every key on every write: 6% of the host's CPU during first check-ins at 100,000 members.
/// <para>
/// A transient database fault leaves as <see cref="StorageUnavailableException"/>, logged here with the driver's exception:
/// Orleans does not rebuild the driver's exception type on another silo, so a gateway there would see an unknown
/// error and answer INTERNAL_SERVER_ERROR instead of UNAVAILABLE.
/// </para>
/// </summary>
public sealed class SnapshotGrainStorage(IGrainStorage inner, IGrainStorageSerializer serializer, ILogger<SnapshotGrainStorage> logger) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        try
        {
            await inner.ReadStateAsync(stateName, grainId, grainState);
        }
        catch (Exception error) when (IsDatabaseFault(error))
        {
            throw Unavailable(error, "read", stateName, grainId);
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var snapshot = new GrainState<SerializedState>(new SerializedState(serializer.Serialize(grainState.State)), grainState.ETag)
        {
            RecordExists = grainState.RecordExists,
        };
        try
        {
            await inner.WriteStateAsync(stateName, grainId, snapshot);
        }
        catch (Exception error) when (IsDatabaseFault(error))
        {
            throw Unavailable(error, "write", stateName, grainId);
        }
        finally
        {
            // Also when the write committed but was not acknowledged (its commit sync failed): the grain's next write
            // must carry the version the database now holds.
            grainState.ETag = snapshot.ETag;
            grainState.RecordExists = snapshot.RecordExists;
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        try
        {
            await inner.ClearStateAsync(stateName, grainId, grainState);
        }
        catch (Exception error) when (IsDatabaseFault(error))
        {
            throw Unavailable(error, "clear", stateName, grainId);
        }
    }

    /// <summary>
    /// Only faults a retry can outlast (the server gone, out of connections, shutting down, a timeout): a statement
    /// the database refuses is a defect, and stays the driver's exception and an INTERNAL_SERVER_ERROR.
    /// </summary>
    private static bool IsDatabaseFault(Exception error) => error switch
    {
        DbException { IsTransient: true } => true,
        { InnerException: { } inner } => IsDatabaseFault(inner),
        _ => false,
    };

    private StorageUnavailableException Unavailable(Exception error, string operation, string stateName, GrainId grainId)
    {
        logger.LogWarning(error, "Could not {Operation} {StateName} of {GrainId}: storage is unavailable", operation, stateName, grainId);
        return new StorageUnavailableException();
    }
}

/// <summary>A grain's state already serialized by <see cref="SnapshotGrainStorage"/>.</summary>
public sealed record SerializedState(BinaryData Payload);

/// <summary>
/// The serializer the providers use: passes a <see cref="SerializedState"/> through as its bytes, so what is
/// stored is exactly what the inner serializer makes of the state, and reads need nothing special.
/// </summary>
public sealed class SnapshotAwareSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => input is SerializedState serialized ? serialized.Payload : inner.Serialize(input);

    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
