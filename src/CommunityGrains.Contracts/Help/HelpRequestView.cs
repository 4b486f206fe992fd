using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <summary>What anyone in the community may see of a request: the area, never the exact point.</summary>
[GenerateSerializer, Immutable]
public sealed record HelpRequestView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required HelpKind Kind { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string Description { get; init; }
    [Id(4)] public required IReadOnlyList<string> Tags { get; init; }
    [Id(5)] public required string AuthorId { get; init; }

    /// <summary>Geohash of precision 6 (about 1.2 km × 0.6 km).</summary>
    [Id(6)] public required string Area { get; init; }

    /// <summary>Effective status: an OPEN request past its deadline reads EXPIRED.</summary>
    [Id(7)] public required HelpStatus Status { get; init; }

    [Id(8)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(9)] public required DateTimeOffset ExpiresAt { get; init; }
    [Id(10)] public required IReadOnlyList<string> VolunteerIds { get; init; }
    [Id(11)] public required string? HelperId { get; init; }
    [Id(12)] public required DateTimeOffset? CompletedAt { get; init; }
    [Id(13)] public required IReadOnlyList<HelpRatingView> Ratings { get; init; }
    [Id(14)] public required IReadOnlyList<TimeWindowView> Availability { get; init; }
}
