namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record TaskSubmissionView
{
    /// <summary>See <see cref="PracticeSubmissionId"/>.</summary>
    [Id(0)] public required string Id { get; init; }

    [Id(1)] public required string MemberId { get; init; }
    [Id(2)] public required string Body { get; init; }

    /// <summary>When the current body was sent.</summary>
    [Id(3)] public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The mentor's verdict on the current body: null while waiting, false when returned.</summary>
    [Id(4)] public required bool? Approved { get; init; }

    /// <summary>The mentor's comment with the verdict.</summary>
    [Id(5)] public required string? VerdictComment { get; init; }

    [Id(6)] public required IReadOnlyList<PeerReviewView> Reviews { get; init; }
}
