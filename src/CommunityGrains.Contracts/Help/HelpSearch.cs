using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <param name="Tags">Normalised (lower case); shared tags raise the score.</param>
/// <param name="OnlySharedTags">When set (an explicit search by tags), requests sharing none of <paramref name="Tags"/> are left out.</param>
/// <param name="ExcludeAuthorId">Leaves out this member's own requests.</param>
[GenerateSerializer, Immutable]
public sealed record HelpSearch(
    [property: Id(0)] GeoPoint Near,
    [property: Id(1)] double RadiusKm,
    [property: Id(2)] HelpKind? Kind,
    [property: Id(3)] IReadOnlyList<string> Tags,
    [property: Id(4)] int First,
    [property: Id(5)] string? ExcludeAuthorId,
    [property: Id(6)] bool OnlySharedTags);
