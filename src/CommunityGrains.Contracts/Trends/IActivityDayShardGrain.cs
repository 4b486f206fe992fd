namespace CommunityGrains.Contracts.Trends;

/// <summary>
/// Key: community/activity/yyyy-MM-dd/shard, 256 shards by member id: the day bucket of the community's trends.
/// Each member reports its own absolute counts of the day (taken from awards, which apply once per cause), so a
/// repeated report changes nothing and one write holds at most the shard's members active that day (about 400 at
/// 100,000 active members). The shard's sums go to the day's <see cref="IActivityDayGrain"/>, which reads answer.
/// </summary>
public interface IActivityDayShardGrain : IGrainWithStringKey
{
    public const uint Shards = 256;

    Task Record(MemberDay day);
}
