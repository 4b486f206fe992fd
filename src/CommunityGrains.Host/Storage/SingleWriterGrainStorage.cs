using Orleans.Storage;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// SQLite takes one writer at a time. Concurrent writes on separate pooled connections made all but one fail with
/// SQLITE_BUSY, and Microsoft.Data.Sqlite retries those after sleeping, so under load first check-ins waited over a
/// second each. The embedded host is the file's only user, so its writes queue here instead; reads never wait (WAL).
/// </summary>
public sealed class SingleWriterGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Exclusively(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Exclusively(() => inner.ClearStateAsync(stateName, grainId, grainState));

    private async Task Exclusively(Func<Task> write)
    {
        await _writer.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _writer.Release();
        }
    }
}
