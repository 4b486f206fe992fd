using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Incentives;

/// <param name="MemberId">Null: the month's rank 1 in the category.</param>
[GenerateSerializer, Immutable]
public sealed record SelectStar(
    [property: Id(0)] StarCategory Category,
    [property: Id(1)] string? MemberId,
    [property: Id(2)] string? Citation);
