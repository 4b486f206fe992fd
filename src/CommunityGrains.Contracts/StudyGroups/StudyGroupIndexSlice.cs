namespace CommunityGrains.Contracts.StudyGroups;

/// <param name="Matching">All entries of the shard that match the query, not only those returned.</param>
[GenerateSerializer, Immutable]
public sealed record StudyGroupIndexSlice(
    [property: Id(0)] IReadOnlyList<StudyGroupHit> Hits,
    [property: Id(1)] int Matching);
