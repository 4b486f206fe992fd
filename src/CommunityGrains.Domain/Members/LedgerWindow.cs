namespace CommunityGrains.Domain.Members;

/// <summary>
/// How much of the points ledger a member keeps in its own state. Older entries move to per-month archive
/// grains in batches, so the member's write stays about the same size however long its history grows.
/// </summary>
public static class LedgerWindow
{
    public const int Keep = 50;
    public const int ArchiveBatch = 50;

    /// <summary>Award keys only guard against retries, which come within minutes; a generous window bounds the state.</summary>
    public static readonly TimeSpan AwardKeyRetention = TimeSpan.FromDays(120);

    public static int HowManyToArchive(int recentCount) => recentCount >= Keep + ArchiveBatch ? recentCount - Keep : 0;
}
