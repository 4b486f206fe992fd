namespace CommunityGrains.Host.Storage;

/// <summary>Makes every write committed before the call durable; blocks until the disk says so.</summary>
public interface ICommitSync
{
    void Sync();
}
