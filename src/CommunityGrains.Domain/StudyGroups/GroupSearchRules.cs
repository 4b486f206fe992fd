using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.StudyGroups;

/// <summary>How a search for a study group is checked and how a group scores against it.</summary>
public static class GroupSearchRules
{
    /// <summary>A score is at most this, so it fits the fixed width of the sort key.</summary>
    public const int MaxScore = 999;

    /// <summary>Null stays null (rank by interests); anything else must be a goal of 1..200 characters.</summary>
    public static string? Goal(string? value, string field = "goal") => value is null ? null : StudyGroupRules.Goal(value, field);

    public static IReadOnlyList<string> Tags(IEnumerable<string>? values, string field = "tags") => InputLimits.Tags(values, field);

    /// <summary>The query's terms the group has, each once: a group matching more of the words ranks higher.</summary>
    public static int Score(IReadOnlySet<string> groupTerms, IReadOnlySet<string> queryTerms) =>
        Math.Min(MaxScore, queryTerms.Count(groupTerms.Contains));

    /// <summary>Every wanted tag must be on the group.</summary>
    public static bool HasTags(IReadOnlyCollection<string> groupTags, IReadOnlyCollection<string> wanted) =>
        wanted.All(groupTags.Contains);

    public static int FreeSeats(int capacity, IEnumerable<string> members, string? mentorId) =>
        Math.Max(0, capacity - members.Count(m => m != mentorId));
}
