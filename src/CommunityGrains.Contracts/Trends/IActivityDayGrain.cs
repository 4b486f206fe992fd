namespace CommunityGrains.Contracts.Trends;

/// <summary>
/// Key: community/activity/yyyy-MM-dd: the day's totals, as the latest sums each of the 256 shards reported, so a
/// day of the trends is one read whatever the number of members.
/// </summary>
public interface IActivityDayGrain : IGrainWithStringKey
{
    /// <summary>
    /// A shard's sums after its change number <paramref name="version"/>. An older report changes nothing; one of the
    /// same number replaces what is held, since a shard whose write failed after reporting numbers its next change the same.
    /// </summary>
    Task Report(uint shard, long version, DayTotals totals);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<DayTotals> Totals();
}
