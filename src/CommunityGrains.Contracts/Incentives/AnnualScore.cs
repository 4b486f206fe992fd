namespace CommunityGrains.Contracts.Incentives;

/// <param name="Score">The member's total for the year, not an increment: a repeated push is harmless.</param>
[GenerateSerializer, Immutable]
public sealed record AnnualScore(
    [property: Id(0)] string MemberId,
    [property: Id(1)] double Score,
    [property: Id(2)] DateTimeOffset ReachedAt);
