using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.StudyGroups;

/// <summary>The limits of practice tasks and how a verdict or a peer's review is read.</summary>
public static class PracticeRules
{
    /// <summary>Approved submissions of one member in one group that earn the PRACTICE certificate.</summary>
    public const int ApprovalsForCertificate = 10;

    /// <summary>The newest tasks a group lists; older ones stay reachable by id.</summary>
    public const int ListedTasks = 50;

    /// <summary>A group has at most 5 members and a mentor at once; this leaves room for years of turnover on one task.</summary>
    public const int MaxSubmissionsPerTask = 100;

    /// <summary>One review per peer, peers being the group's other members.</summary>
    public const int MaxReviewsPerSubmission = 20;

    /// <summary>A peer's approval is the top rating of the 1..5 scale peers use for check-ins, a "needs work" the lowest.</summary>
    public static int PeerRating(bool approved) => approved ? StudyGroupRules.MaxRating : StudyGroupRules.MinRating;

    public static string Title(string? value, string field = "title") => InputLimits.Title(value, field);

    public static string Description(string? value, string field = "description") => InputLimits.Body(value, field);

    public static string SubmissionBody(string? value, string field = "body") => InputLimits.Body(value, field);

    public static string? Comment(string? value, string field = "comment") => InputLimits.Note(value, field);
}
