namespace CommunityGrains.Contracts.Trends;

/// <summary>
/// Key: community/activity/yyyy-MM-dd/shard, 16 shards by member id: the day bucket of the community's trends.
/// Each member reports its own absolute counts of the day (taken from awards, which apply once per cause), so a
/// repeated report changes nothing and one write holds at most the shard's members active that day.
/// </summary>
public interface IActivityDayShardGrain : IGrainWithStringKey
{
    public const uint Shards = 16;

    Task Record(MemberDay day);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<MemberDay>> Members();
}
