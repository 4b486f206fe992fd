using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace CommunityGrains.Host.Tests.Storage;

/// <summary>The optimistic-concurrency contract every configured grain storage must keep, whatever the database.</summary>
public static class GrainStorageChecks
{
    private const string GrainType = "storage-check";

    public static async Task RefusesStaleEtag(IGrainStorage storage)
    {
        var grainId = GrainId.Create(GrainType, Guid.NewGuid().ToString("N"));
        var writer = new GrainState<List<string>>(["first"]);
        await storage.WriteStateAsync(GrainType, grainId, writer);
        var firstEtag = writer.ETag;
        Assert.NotNull(firstEtag);

        writer.State = ["second"];
        await storage.WriteStateAsync(GrainType, grainId, writer);
        Assert.NotEqual(firstEtag, writer.ETag);

        var stale = new GrainState<List<string>>(["stale"], firstEtag) { RecordExists = true };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(GrainType, grainId, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(GrainType, grainId, stale));

        // A second activation that never read the state (no ETag) must not overwrite it either.
        var blind = new GrainState<List<string>>(["blind"]);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(GrainType, grainId, blind));

        var read = new GrainState<List<string>>();
        await storage.ReadStateAsync(GrainType, grainId, read);
        Assert.Equal(["second"], read.State);
        Assert.Equal(writer.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    /// <summary>Writes a state and returns its id, for a later <see cref="AssertReadable"/> (e.g. after a migration).</summary>
    public static async Task<GrainId> WriteSample(IGrainStorage storage, string value)
    {
        var grainId = GrainId.Create(GrainType, Guid.NewGuid().ToString("N"));
        await storage.WriteStateAsync(GrainType, grainId, new GrainState<List<string>>([value]));
        return grainId;
    }

    public static async Task AssertReadable(IGrainStorage storage, GrainId grainId, string value)
    {
        var read = new GrainState<List<string>>();
        await storage.ReadStateAsync(GrainType, grainId, read);
        Assert.True(read.RecordExists);
        Assert.Equal([value], read.State);
    }
}
