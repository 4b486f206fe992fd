using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Contracts.Members;

[GenerateSerializer, Immutable]
public sealed record MemberView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string DisplayName { get; init; }
    [Id(2)] public required MemberSegment Segment { get; init; }
    [Id(3)] public required IReadOnlyList<string> Interests { get; init; }
    [Id(4)] public required DateTimeOffset JoinedAt { get; init; }
    [Id(5)] public required int Points { get; init; }
    [Id(6)] public required int LifetimePoints { get; init; }
    [Id(7)] public required TierView Tier { get; init; }
    [Id(8)] public required IReadOnlyList<BadgeAwardView> Badges { get; init; }
    [Id(9)] public required int HelpsCompleted { get; init; }
    [Id(10)] public required double? HelperRating { get; init; }

    /// <summary>
    /// The member left: the profile is anonymised and shown only so their content keeps an author; their token acts
    /// as a non-member's. [Id]s from 20 for the incentives and data-rights fields.
    /// </summary>
    [Id(20)] public bool Left { get; init; }

    /// <summary>Mean stars received from helpers, as a requester; null before any.</summary>
    [Id(22)] public required double? RequesterRating { get; init; }

    [Id(23)] public required int HelpOffersPosted { get; init; }
}
