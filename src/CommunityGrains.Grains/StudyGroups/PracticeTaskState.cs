using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>One task and one submission per member: bounded by the group's members, never by the group's months.</summary>
[GenerateSerializer]
public sealed class PracticeTaskState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public string Description { get; set; } = "";
    [Id(3)] public DateTimeOffset? DueAt { get; set; }
    [Id(4)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>In the order the members first submitted; at most <c>PracticeRules.MaxSubmissionsPerTask</c>.</summary>
    [Id(5)] public List<StoredSubmission> Submissions { get; set; } = [];
}

[GenerateSerializer]
public sealed class StoredSubmission
{
    [Id(0)] public string MemberId { get; set; } = "";
    [Id(1)] public string Body { get; set; } = "";
    [Id(2)] public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The mentor's verdict on the current body; a new body clears it.</summary>
    [Id(3)] public bool? Approved { get; set; }

    [Id(4)] public string? VerdictComment { get; set; }

    /// <summary>One per peer; a second review by the same peer replaces the first.</summary>
    [Id(5)] public List<PeerReviewView> Reviews { get; set; } = [];
}
