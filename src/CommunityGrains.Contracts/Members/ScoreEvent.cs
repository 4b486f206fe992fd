using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Members;

/// <summary>
/// A contribution to a member's monthly score in one star category, applied once per <see cref="Key"/>
/// (e.g. <c>learner:2026-11-24</c> counts a check-in day once across all groups). OVERALL is fed by awards.
/// </summary>
/// <param name="At">When it happened; the month is taken in the community's time zone.</param>
[GenerateSerializer, Immutable]
public sealed record ScoreEvent(
    [property: Id(0)] string Key,
    [property: Id(1)] StarCategory Category,
    [property: Id(2)] double Amount,
    [property: Id(3)] DateTimeOffset At);
