namespace CommunityGrains.Contracts.Members;

/// <summary>
/// Key: community/member/yyyy-MM. The older ledger entries of one member for one month, so the member grain
/// keeps only recent entries and its write never grows with its history.
/// </summary>
public interface IMemberLedgerMonthGrain : IGrainWithStringKey
{
    /// <summary>Entries already held (by sequence) are ignored, so a retried archive is harmless.</summary>
    Task Append(IReadOnlyList<PointsEntryView> entries);

    /// <summary>Deletes the month's entries (the member left the community).</summary>
    Task Erase();

    /// <summary>Entries with a sequence below <paramref name="beforeSequence"/>, newest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<PointsEntryView>> Before(long beforeSequence, int count);
}
