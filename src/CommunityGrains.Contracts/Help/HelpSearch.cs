using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <param name="Tags">Normalised (lower case); when not empty, only requests sharing one of them match.</param>
/// <param name="ExcludeAuthorId">Leaves out this member's own requests.</param>
[GenerateSerializer, Immutable]
public sealed record HelpSearch(
    [property: Id(0)] GeoPoint Near,
    [property: Id(1)] double RadiusKm,
    [property: Id(2)] HelpKind? Kind,
    [property: Id(3)] IReadOnlyList<string> Tags,
    [property: Id(4)] int First,
    [property: Id(5)] string? ExcludeAuthorId);
