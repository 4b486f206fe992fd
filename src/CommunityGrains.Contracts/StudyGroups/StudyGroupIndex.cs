using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Contracts.StudyGroups;

public static class StudyGroupIndex
{
    /// <summary>20,000 groups make about 1,250 entries per shard: one write and one search stay small.</summary>
    public const int Shards = 16;

    /// <summary>The kind of the opaque cursors of <c>studyGroups</c>; their position is a <see cref="SortKey"/>.</summary>
    public const string CursorKind = "studyGroups";

    public static string KeyFor(string communityId, string groupId) =>
        Key(communityId, (int)(ShardHash.Of(groupId) % Shards));

    public static string Key(string communityId, int shard) =>
        GrainKeys.Of(communityId, "group-index", shard.ToString(CultureInfo.InvariantCulture));

    /// <summary>Best score first, then the newest, ties by id: the order of the list and the position a cursor names.</summary>
    public static string SortKey(int score, DateTimeOffset createdAt, string groupId) =>
        (GroupSearchRules.MaxScore - score).ToString("D3", CultureInfo.InvariantCulture)
        + "|" + (long.MaxValue - createdAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)
        + "|" + groupId;
}
