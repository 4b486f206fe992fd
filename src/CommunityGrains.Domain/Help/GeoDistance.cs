namespace CommunityGrains.Domain.Help;

/// <summary>Great-circle distances on a spherical Earth (haversine); good to about 0.5 % for neighbourhood scales.</summary>
public static class GeoDistance
{
    /// <summary>The IUGG mean Earth radius.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// Distance from a point to the nearest point of a box: the box's edge at the clamped latitude. Off a
    /// meridian the true nearest point lies a hair poleward, so this can overestimate by a tiny fraction;
    /// callers deciding coverage add a tolerance.
    /// </summary>
    public static double ToBoxKm(double latitude, double longitude, GeoBox box)
    {
        var lat = Math.Clamp(latitude, box.South, box.North);
        var lon = longitude;
        if (!Within(longitude, box.West, box.East))
        {
            lon = AngularGap(longitude, box.West) <= AngularGap(longitude, box.East) ? box.West : box.East;
        }

        return Km(latitude, longitude, lat, lon);
    }

    private static bool Within(double longitude, double west, double east) => longitude >= west && longitude <= east;

    private static double AngularGap(double a, double b)
    {
        var gap = Math.Abs(a - b) % 360;
        return gap > 180 ? 360 - gap : gap;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
