using CommunityGrains.Domain.Help;

namespace CommunityGrains.Domain.Tests.Help;

public sealed class GeohashTests
{
    [Theory]
    [InlineData(57.64911, 10.40744, 11, "u4pruydqqvj")]
    [InlineData(48.8566123, 2.3522456, 6, "u09tvw")]
    [InlineData(-33.8688, 151.2093, 7, "r3gx2f7")]
    [InlineData(0.01, 179.99, 1, "x")]
    [InlineData(0.01, -179.99, 1, "8")]
    public void Encoding_matches_the_standard_geohash(double latitude, double longitude, int precision, string expected) =>
        Assert.Equal(expected, Geohash.Encode(latitude, longitude, precision));

    [Fact]
    public void A_cell_contains_the_point_it_was_encoded_from()
    {
        var box = Geohash.Bounds(Geohash.Encode(48.8566, 2.3522, 6));
        Assert.InRange(48.8566, box.South, box.North);
        Assert.InRange(2.3522, box.West, box.East);
    }

    [Fact]
    public void A_cell_has_eight_neighbours_that_touch_it()
    {
        var cell = Geohash.Encode(48.8566, 2.3522, 5);
        var neighbours = Geohash.Neighbours(cell);

        Assert.Equal(8, neighbours.Count);
        Assert.DoesNotContain(cell, neighbours);
        var box = Geohash.Bounds(cell);
        Assert.Contains(Geohash.Encode(box.North + 0.001, 2.3522, 5), neighbours);
        Assert.Contains(Geohash.Encode(box.South - 0.001, box.West - 0.001, 5), neighbours);
    }

    [Fact]
    public void Neighbours_wrap_across_the_antimeridian()
    {
        Assert.Contains("8", Geohash.Neighbours("x"));
        Assert.Contains("x", Geohash.Neighbours("8"));
    }

    [Fact]
    public void A_cell_at_the_pole_has_no_neighbours_beyond_it()
    {
        var polar = Geohash.Encode(89.99, 10, 5);
        var neighbours = Geohash.Neighbours(polar);

        Assert.Equal(5, neighbours.Count);
        Assert.All(neighbours, n => Assert.True(Geohash.Bounds(n).North <= 90));
    }

    [Fact]
    public void A_three_km_covering_in_a_city_reads_at_most_nine_cells_and_contains_every_point_in_range()
    {
        var cells = Geohash.CellsCovering(48.8566, 2.3522, 3, 5);

        Assert.InRange(cells.Count, 1, 9);
        foreach (var (lat, lon) in PointsAround(48.8566, 2.3522, 2.99))
        {
            Assert.Contains(Geohash.Encode(lat, lon, 5), cells);
        }
    }

    [Fact]
    public void A_covering_across_the_antimeridian_takes_cells_from_both_sides()
    {
        var cells = Geohash.CellsCovering(-16.5, 179.99, 3, 5);

        Assert.Contains(Geohash.Encode(-16.5, 179.99, 5), cells);
        Assert.Contains(Geohash.Encode(-16.5, -179.99, 5), cells);
        foreach (var (lat, lon) in PointsAround(-16.5, 179.99, 2.99))
        {
            Assert.Contains(Geohash.Encode(lat, lon, 5), cells);
        }
    }

    [Fact]
    public void A_covering_around_a_pole_reaches_the_other_side_of_it()
    {
        var cells = Geohash.CellsCovering(89.99, 10, 3, 5);

        Assert.Contains(Geohash.Encode(89.99, -170, 5), cells);
        Assert.Contains(Geohash.Encode(89.99, 100, 5), cells);
        Assert.All(cells, c => Assert.True(Geohash.Bounds(c).North > 89.9));
    }

    [Fact]
    public void A_covering_near_the_south_pole_stops_at_the_last_row()
    {
        var cells = Geohash.CellsCovering(-89.999, 0, 1, 3);

        Assert.All(cells, c => Assert.True(Geohash.Bounds(c).South >= -90));
        Assert.Contains(Geohash.Encode(-89.999, 179, 3), cells);
    }

    [Fact]
    public void Corner_cells_outside_the_radius_are_left_out()
    {
        var box = Geohash.Bounds(Geohash.Encode(48.8566, 2.3522, 5));
        var centre = ((box.South + box.North) / 2, (box.West + box.East) / 2);

        var cells = Geohash.CellsCovering(centre.Item1, centre.Item2, 0.5, 5);

        Assert.Equal([Geohash.Encode(centre.Item1, centre.Item2, 5)], cells);
    }

    private static IEnumerable<(double Lat, double Lon)> PointsAround(double latitude, double longitude, double km)
    {
        for (var bearing = 0; bearing < 360; bearing += 10)
        {
            var b = bearing * Math.PI / 180;
            var d = km / GeoDistance.EarthRadiusKm;
            var lat1 = latitude * Math.PI / 180;
            var lat2 = Math.Asin(Math.Sin(lat1) * Math.Cos(d) + Math.Cos(lat1) * Math.Sin(d) * Math.Cos(b));
            var lon2 = longitude * Math.PI / 180 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - Math.Sin(lat1) * Math.Sin(lat2));
            var lon = lon2 * 180 / Math.PI;
            yield return (lat2 * 180 / Math.PI, lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon);
        }
    }
}
