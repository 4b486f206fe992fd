using System.Globalization;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// A group's place in a search, compared as its <see cref="StudyGroupIndex.SortKey"/> text would be, without making that
/// text for every group: a shard makes it only for the few it returns.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct StudyGroupRank(
    [property: Id(0)] int InverseScore,
    [property: Id(1)] long InverseTicks,
    [property: Id(2)] string GroupId) : IComparable<StudyGroupRank>
{
    public static StudyGroupRank Of(int score, DateTimeOffset createdAt, string groupId) =>
        new(Domain.StudyGroups.GroupSearchRules.MaxScore - score, long.MaxValue - createdAt.UtcTicks, groupId);

    /// <summary>Null when the text is not a sort key.</summary>
    public static StudyGroupRank? Parse(string sortKey)
    {
        var parts = sortKey.Split('|', 3);
        return parts.Length == 3
            && parts[0].Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            && parts[1].Length == 19 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && parts[2].Length > 0
                ? new StudyGroupRank(score, ticks, parts[2])
                : null;
    }

    public int CompareTo(StudyGroupRank other)
    {
        var byScore = InverseScore.CompareTo(other.InverseScore);
        if (byScore != 0)
        {
            return byScore;
        }

        var byTime = InverseTicks.CompareTo(other.InverseTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(GroupId, other.GroupId);
    }

    public string SortKey() =>
        InverseScore.ToString("D3", CultureInfo.InvariantCulture) + "|" + InverseTicks.ToString("D19", CultureInfo.InvariantCulture) + "|" + GroupId;
}
