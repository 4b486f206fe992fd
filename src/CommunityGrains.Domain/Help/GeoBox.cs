namespace CommunityGrains.Domain.Help;

/// <summary>A latitude/longitude rectangle, south-west corner first; never crosses the antimeridian.</summary>
public sealed record GeoBox(double South, double West, double North, double East);
