using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Contracts.Members;

[GenerateSerializer, Immutable]
public sealed record MemberView(
    [property: Id(0)] string Id,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] MemberSegment Segment,
    [property: Id(3)] IReadOnlyList<string> Interests,
    [property: Id(4)] DateTimeOffset JoinedAt,
    [property: Id(5)] int Points,
    [property: Id(6)] int LifetimePoints,
    [property: Id(7)] TierView Tier,
    [property: Id(8)] IReadOnlyList<BadgeAwardView> Badges,
    [property: Id(9)] int HelpsCompleted,
    [property: Id(10)] double? HelperRating);
