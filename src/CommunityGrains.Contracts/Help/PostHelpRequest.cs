using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <param name="ExpiresAt">Null for the default lifetime (14 days).</param>
/// <param name="Availability">Null for none.</param>
[GenerateSerializer, Immutable]
public sealed record PostHelpRequest(
    [property: Id(0)] HelpKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] IReadOnlyList<string>? Tags,
    [property: Id(4)] GeoPoint Location,
    [property: Id(5)] DateTimeOffset? ExpiresAt,
    [property: Id(6)] IReadOnlyList<TimeWindowView>? Availability = null);
