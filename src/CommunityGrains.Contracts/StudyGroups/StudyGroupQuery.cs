namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>A search as each index shard answers it, already checked.</summary>
/// <param name="Terms">The goal's terms, or the caller's interests' when no goal was given.</param>
/// <param name="RequireMatch">True for a goal: a group matching none of its terms is not listed.</param>
/// <param name="After">The rank of the last group of the previous page; null for the first page.</param>
[GenerateSerializer, Immutable]
public sealed record StudyGroupQuery(
    [property: Id(0)] IReadOnlyList<string> Terms,
    [property: Id(1)] bool RequireMatch,
    [property: Id(2)] IReadOnlyList<string> Tags,
    [property: Id(3)] bool WithSeatsOnly,
    [property: Id(4)] int First,
    [property: Id(5)] StudyGroupRank? After);
