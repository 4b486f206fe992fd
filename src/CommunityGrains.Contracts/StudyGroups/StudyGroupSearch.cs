namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>The <c>studyGroups</c> arguments as the caller sent them; the directory checks them.</summary>
[GenerateSerializer, Immutable]
public sealed record StudyGroupSearch
{
    [Id(0)] public required string? Goal { get; init; }
    [Id(1)] public required IReadOnlyList<string>? Tags { get; init; }
    [Id(2)] public required bool WithSeatsOnly { get; init; }
    [Id(3)] public required int First { get; init; }
    [Id(4)] public required string? After { get; init; }
}
