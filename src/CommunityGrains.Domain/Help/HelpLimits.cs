using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Help;

/// <summary>The limits of the neighbour-help inputs; messages name the field, never echo a coordinate.</summary>
public static class HelpLimits
{
    /// <summary>Precision of the public <c>area</c>: about 1.2 km × 0.6 km, coarse enough not to reveal a home.</summary>
    public const int AreaPrecision = 6;

    /// <summary>Precision of the index cells (≈ 4.9 km): a 3 km radius reads at most 9 of them at mid latitudes.</summary>
    public const int CellPrecision = 5;

    public const double MaxRadiusKm = 10;
    public const int MaxVolunteers = 100;

    /// <summary>The programme's NEIGHBOR_EXPERT ("邻里达人") badge comes with the 5th offer of help posted.</summary>
    public const int OffersForNeighborExpert = 5;

    /// <summary>The programme's HELPER_10 badge and service voucher come with the 10th help completed as the helper.</summary>
    public const int HelpsForVoucher = 10;
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);

    public static double Latitude(double value, string field) =>
        double.IsFinite(value) && value is >= -90 and <= 90 ? value : throw new InvalidInputException(field, "must be between -90 and 90.");

    public static double Longitude(double value, string field) =>
        double.IsFinite(value) && value is >= -180 and <= 180 ? value : throw new InvalidInputException(field, "must be between -180 and 180.");

    public static double RadiusKm(double value, string field = "radiusKm") =>
        double.IsFinite(value) && value > 0 && value <= MaxRadiusKm ? value : throw new InvalidInputException(field, $"must be above 0 and at most {MaxRadiusKm} km.");

    public static int Stars(int value, string field) => InputLimits.Range(value, field, 1, 5);

    /// <summary>The request's deadline: the default lifetime when none is given, otherwise a future instant within a year.</summary>
    public static DateTimeOffset ExpiresAt(DateTimeOffset? value, DateTimeOffset now, string field)
    {
        if (value is not { } requested)
        {
            return now + DefaultLifetime;
        }

        if (requested <= now)
        {
            throw new InvalidInputException(field, "must be in the future.");
        }

        return requested <= now + MaxLifetime ? requested : throw new InvalidInputException(field, "must be within a year.");
    }
}
