namespace CommunityGrains.Host.Storage;

/// <summary>
/// One grain's write waiting for a batch of <see cref="PostgresWriteBatcher"/>: the provider's write statement and
/// its arguments, and the version the row got, or null when the write found the stored version changed.
/// </summary>
public sealed class PendingWrite(string query, AdoNetStorageKey key, string serviceId, int? expectedVersion, ReadOnlyMemory<byte> payload)
{
    private readonly TaskCompletionSource<int?> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Query { get; } = query;
    public AdoNetStorageKey Key { get; } = key;
    public string ServiceId { get; } = serviceId;
    public int? ExpectedVersion { get; } = expectedVersion;
    public ReadOnlyMemory<byte> Payload { get; } = payload;

    /// <summary>Completes only after the transaction holding the write committed, or with the error that kept it from committing.</summary>
    public Task<int?> Stored => _stored.Task;

    public void Committed(int? version) => _stored.TrySetResult(version);

    public void Failed(Exception error) => _stored.TrySetException(error);
}
