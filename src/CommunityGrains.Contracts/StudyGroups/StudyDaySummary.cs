namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>What a weekly review needs from one day, without the notes of every check-in.</summary>
[GenerateSerializer, Immutable]
public sealed record StudyDaySummary(
    [property: Id(0)] IReadOnlyList<string> CheckedIn,
    [property: Id(1)] IReadOnlyDictionary<string, int> ReviewsGiven,
    [property: Id(2)] IReadOnlyList<CheckInView> Highlighted);
