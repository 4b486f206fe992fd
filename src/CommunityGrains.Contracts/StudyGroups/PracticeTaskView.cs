namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record PracticeTaskView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string GroupId { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string Description { get; init; }
    [Id(4)] public required DateTimeOffset? DueAt { get; init; }
    [Id(5)] public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>In the order the members first submitted.</summary>
    [Id(6)] public required IReadOnlyList<TaskSubmissionView> Submissions { get; init; }
}
