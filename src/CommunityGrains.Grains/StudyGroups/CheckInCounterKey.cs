using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// A day's counter is split by group: each shard remembers the totals of its groups only, so a write carries a
/// 64th of the community's groups instead of all of them (20,000 groups made one counter write ~600 KB).
/// </summary>
public static class CheckInCounterKey
{
    public const int Shards = 64;

    public static string For(string communityId, DateOnly date, string groupId) =>
        Of(communityId, date, ShardHash.Of(groupId) % Shards);

    public static IEnumerable<string> AllOf(string communityId, DateOnly date) =>
        Enumerable.Range(0, Shards).Select(shard => Of(communityId, date, (uint)shard));

    private static string Of(string communityId, DateOnly date, uint shard) =>
        GrainKeys.Of(communityId, "checkins", CommunityCalendar.FormatDate(date) + "/" + shard.ToString(CultureInfo.InvariantCulture));
}
