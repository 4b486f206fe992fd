using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <summary>What anyone in the community may see of a request: the area, never the exact point.</summary>
/// <param name="Area">Geohash of precision 6 (about 1.2 km × 0.6 km).</param>
/// <param name="Status">Effective status: an OPEN request past its deadline reads EXPIRED.</param>
[GenerateSerializer, Immutable]
public sealed record HelpRequestView(
    [property: Id(0)] string Id,
    [property: Id(1)] HelpKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] IReadOnlyList<string> Tags,
    [property: Id(5)] string AuthorId,
    [property: Id(6)] string Area,
    [property: Id(7)] HelpStatus Status,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset ExpiresAt,
    [property: Id(10)] IReadOnlyList<string> VolunteerIds,
    [property: Id(11)] string? HelperId,
    [property: Id(12)] DateTimeOffset? CompletedAt,
    [property: Id(13)] IReadOnlyList<HelpRatingView> Ratings);
