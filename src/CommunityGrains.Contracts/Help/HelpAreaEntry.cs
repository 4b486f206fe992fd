using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <summary>One open request as the area index holds it: enough to filter and rank without asking the request.</summary>
/// <param name="AuthorHelperRating">The author's mean helper rating when the request was posted (null before any).</param>
[GenerateSerializer, Immutable]
public sealed record HelpAreaEntry(
    [property: Id(0)] string RequestId,
    [property: Id(1)] HelpKind Kind,
    [property: Id(2)] IReadOnlyList<string> Tags,
    [property: Id(3)] GeoPoint Point,
    [property: Id(4)] string AuthorId,
    [property: Id(5)] DateTimeOffset ExpiresAt,
    [property: Id(6)] double? AuthorHelperRating);
