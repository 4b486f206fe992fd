using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>Keys of the week grains of the best-group award.</summary>
public static class StudyGroupWeek
{
    /// <summary>20,000 groups active in a week make about 625 small entries per shard.</summary>
    public const int Shards = 32;

    public static string ShardFor(string communityId, DateOnly monday, string groupId) =>
        Shard(communityId, monday, (int)(ShardHash.Of(groupId) % Shards));

    public static string Shard(string communityId, DateOnly monday, int shard) =>
        GrainKeys.Of(communityId, "group-week", $"{Date(monday)}/{shard.ToString(CultureInfo.InvariantCulture)}");

    public static string Award(string communityId, DateOnly monday) => GrainKeys.Of(communityId, "best-group", Date(monday));

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
