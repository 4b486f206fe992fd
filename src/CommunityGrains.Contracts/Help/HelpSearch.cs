using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

[GenerateSerializer, Immutable]
public sealed record HelpSearch
{
    [Id(0)] public required GeoPoint Near { get; init; }
    [Id(1)] public required double RadiusKm { get; init; }
    [Id(2)] public required HelpKind? Kind { get; init; }

    /// <summary>Normalised (lower case); shared tags raise the score.</summary>
    [Id(3)] public required IReadOnlyList<string> Tags { get; init; }

    [Id(4)] public required int First { get; init; }

    /// <summary>Leaves out this member's own requests.</summary>
    [Id(5)] public required string? ExcludeAuthorId { get; init; }

    /// <summary>When set (an explicit search by tags), requests sharing none of <see cref="Tags"/> are left out.</summary>
    [Id(6)] public required bool OnlySharedTags { get; init; }

    /// <summary>When set (matching for a request with windows), requests whose windows meet one of these rank first.</summary>
    [Id(7)] public IReadOnlyList<TimeWindowView> Availability { get; init; } = [];
}
