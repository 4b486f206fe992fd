namespace CommunityGrains.Contracts.StudyGroups;

/// <param name="SortKey">See <see cref="StudyGroupRank.SortKey"/>.</param>
[GenerateSerializer, Immutable]
public sealed record StudyGroupHit([property: Id(0)] string GroupId, [property: Id(1)] string SortKey);
