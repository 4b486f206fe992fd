using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <summary>One open request as the area index holds it: enough to filter and rank without asking the request.</summary>
[GenerateSerializer, Immutable]
public sealed record HelpAreaEntry
{
    [Id(0)] public required string RequestId { get; init; }
    [Id(1)] public required HelpKind Kind { get; init; }
    [Id(2)] public required IReadOnlyList<string> Tags { get; init; }
    [Id(3)] public required GeoPoint Point { get; init; }
    [Id(4)] public required string AuthorId { get; init; }
    [Id(5)] public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The author's mean helper rating when the request was posted (null before any).</summary>
    [Id(6)] public required double? AuthorHelperRating { get; init; }

    [Id(7)] public required IReadOnlyList<TimeWindowView> Availability { get; init; }
}
