namespace CommunityGrains.Contracts.Members;

/// <param name="Key">Dedupe key, e.g. <c>streak30:{group}</c>; the same key never grants twice.</param>
/// <param name="AwardedBy">The moderator's member id, or null for an automatic badge.</param>
[GenerateSerializer, Immutable]
public sealed record BadgeGrant(
    [property: Id(0)] string Key,
    [property: Id(1)] string BadgeId,
    [property: Id(2)] SystemText Reason,
    [property: Id(3)] string? AwardedBy);
