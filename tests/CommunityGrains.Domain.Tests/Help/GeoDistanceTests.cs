using CommunityGrains.Domain.Help;

namespace CommunityGrains.Domain.Tests.Help;

public sealed class GeoDistanceTests
{
    [Fact]
    public void Paris_to_London_is_about_344_km() =>
        Assert.InRange(GeoDistance.Km(48.8566, 2.3522, 51.5074, -0.1278), 342, 345);

    [Fact]
    public void The_distance_across_the_antimeridian_is_short() =>
        Assert.InRange(GeoDistance.Km(0, 179.9, 0, -179.9), 22.1, 22.4);

    [Fact]
    public void Points_on_opposite_meridians_near_the_pole_are_close() =>
        Assert.InRange(GeoDistance.Km(89.99, 0, 89.99, 180), 2.2, 2.3);

    [Fact]
    public void The_same_point_is_zero_km_away() =>
        Assert.Equal(0, GeoDistance.Km(48.8566, 2.3522, 48.8566, 2.3522), 9);
}
