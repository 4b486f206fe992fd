namespace CommunityGrains.Contracts.Common;

/// <summary>
/// A grain could not read or write its state because storage is away. Thrown in place of the database driver's
/// exception, which Orleans does not rebuild on another silo (it arrives there as an anonymous fallback), so that the
/// gateway of any host answers UNAVAILABLE and the client retries. Carries no driver message: no SQL leaves the host.
/// </summary>
[GenerateSerializer]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException() : base("Storage is unavailable.")
    {
    }
}
