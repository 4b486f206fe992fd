namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record AddPracticeTask(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] DateTimeOffset? DueAt);
