namespace CommunityGrains.Contracts.StudyGroups;

[GenerateSerializer, Immutable]
public sealed record ReviewCheckIn(
    [property: Id(0)] string CheckInId,
    [property: Id(1)] int Rating,
    [property: Id(2)] string? Comment);
