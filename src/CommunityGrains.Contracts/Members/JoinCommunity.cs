namespace CommunityGrains.Contracts.Members;

[GenerateSerializer, Immutable]
public sealed record JoinCommunity(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] IReadOnlyList<string>? Interests,
    [property: Id(2)] MemberSegment? Segment);
