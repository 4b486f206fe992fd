namespace CommunityGrains.Contracts.Help;

/// <summary>An exact position. Stored and used for matching; never part of any view returned to a client.</summary>
[GenerateSerializer, Immutable]
public sealed record GeoPoint(
    [property: Id(0)] double Latitude,
    [property: Id(1)] double Longitude);
