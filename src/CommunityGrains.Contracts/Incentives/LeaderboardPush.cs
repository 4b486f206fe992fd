namespace CommunityGrains.Contracts.Incentives;

/// <param name="Score">The member's total for the month, not an increment: a repeated push is harmless.</param>
/// <param name="FirstActive">True on the member's first positive total of the month, which counts them as active.</param>
[GenerateSerializer, Immutable]
public sealed record LeaderboardPush(
    [property: Id(0)] string MemberId,
    [property: Id(1)] double Score,
    [property: Id(2)] DateTimeOffset ReachedAt,
    [property: Id(3)] bool FirstActive);
