namespace CommunityGrains.Contracts.Members;

[GenerateSerializer, Immutable]
public sealed record BadgeAwardView(
    [property: Id(0)] string BadgeId,
    [property: Id(1)] DateTimeOffset AwardedAt,
    [property: Id(2)] string Reason,
    [property: Id(3)] string? AwardedBy);
