using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.StudyGroups;

public static class StudyGroupIndex
{
    /// <summary>20,000 groups make about 1,250 entries per shard: one write and one search stay small.</summary>
    public const int Shards = 16;

    /// <summary>The kind of the opaque cursors of <c>studyGroups</c>; their position is a <see cref="StudyGroupRank.SortKey"/>.</summary>
    public const string CursorKind = "studyGroups";

    public static string KeyFor(string communityId, string groupId) =>
        Key(communityId, (int)(ShardHash.Of(groupId) % Shards));

    public static string Key(string communityId, int shard) =>
        GrainKeys.Of(communityId, "group-index", shard.ToString(CultureInfo.InvariantCulture));
}
