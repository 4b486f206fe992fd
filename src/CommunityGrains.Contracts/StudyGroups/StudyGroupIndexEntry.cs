namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>What the search needs of one group: its terms (goal, name and tags), tags and free seats.</summary>
[GenerateSerializer, Immutable]
public sealed record StudyGroupIndexEntry
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required IReadOnlyList<string> Terms { get; init; }
    [Id(2)] public required IReadOnlyList<string> Tags { get; init; }
    [Id(3)] public required int FreeSeats { get; init; }
    [Id(4)] public required DateTimeOffset CreatedAt { get; init; }
}
