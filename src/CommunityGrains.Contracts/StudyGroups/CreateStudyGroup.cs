namespace CommunityGrains.Contracts.StudyGroups;

/// <param name="Capacity">Null for the default of 5.</param>
/// <param name="Tags">Null for none.</param>
[GenerateSerializer, Immutable]
public sealed record CreateStudyGroup(
    [property: Id(0)] string Name,
    [property: Id(1)] string Goal,
    [property: Id(2)] int? Capacity,
    [property: Id(3)] string? MentorId,
    [property: Id(4)] IReadOnlyList<string>? Tags = null);
