namespace CommunityGrains.Domain.Help;

/// <summary>
/// Standard base-32 geohash. A hash of precision p is the cell (row, column) of a regular grid with
/// floor(5p/2) latitude bits and ceil(5p/2) longitude bits; working on rows and columns makes neighbours and
/// coverings exact: columns wrap at the antimeridian, rows stop at the poles.
/// Precision 5 ≈ 4.9 km × 4.9 km at the equator, precision 6 ≈ 1.2 km × 0.6 km.
/// </summary>
public static class Geohash
{
    public const int MaxPrecision = 12;
    private const double CoverageTolerance = 1.01;
    private const string Alphabet = "0123456789bcdefghjkmnpqrstuvwxyz";

    public static string Encode(double latitude, double longitude, int precision)
    {
        var (rows, columns) = Grid(precision);
        var row = (long)Math.Floor((latitude + 90) / 180 * rows);
        var column = (long)Math.Floor((NormaliseLongitude(longitude) + 180) / 360 * columns);
        return FromCell(Math.Clamp(row, 0, rows - 1), Math.Clamp(column, 0, columns - 1), precision);
    }

    /// <summary>The eight cells around <paramref name="hash"/> (fewer next to a pole, where no row lies beyond).</summary>
    public static IReadOnlyList<string> Neighbours(string hash)
    {
        var (row, column) = ToCell(hash);
        var (rows, columns) = Grid(hash.Length);
        var result = new List<string>(8);
        for (var dr = -1; dr <= 1; dr++)
        {
            for (var dc = -1; dc <= 1; dc++)
            {
                var r = row + dr;
                if ((dr, dc) != (0, 0) && r >= 0 && r < rows)
                {
                    result.Add(FromCell(r, Wrap(column + dc, columns), hash.Length));
                }
            }
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The south-west and north-east corners of the cell.</summary>
    public static GeoBox Bounds(string hash)
    {
        var (row, column) = ToCell(hash);
        var (rows, columns) = Grid(hash.Length);
        var height = 180.0 / rows;
        var width = 360.0 / columns;
        return new GeoBox(row * height - 90, column * width - 180, (row + 1) * height - 90, (column + 1) * width - 180);
    }

    /// <summary>
    /// Every cell of <paramref name="precision"/> that intersects the circle of <paramref name="radiusKm"/> around the
    /// point. Across the antimeridian the columns wrap; when the circle contains a pole every column of the rows it
    /// reaches is included, because all meridians meet there.
    /// </summary>
    public static IReadOnlyList<string> CellsCovering(double latitude, double longitude, double radiusKm, int precision)
    {
        var (rows, columns) = Grid(precision);
        var height = 180.0 / rows;
        var width = 360.0 / columns;
        var angular = radiusKm / GeoDistance.EarthRadiusKm;
        var dLat = angular * 180 / Math.PI;
        var south = latitude - dLat;
        var north = latitude + dLat;
        var allColumns = north >= 90 || south <= -90 || Math.Sin(angular) >= Math.Cos(latitude * Math.PI / 180);
        var dLon = allColumns ? 180 : Math.Asin(Math.Sin(angular) / Math.Cos(latitude * Math.PI / 180)) * 180 / Math.PI;

        var firstRow = Math.Clamp((long)Math.Floor((Math.Max(south, -90) + 90) / height), 0, rows - 1);
        var lastRow = Math.Clamp((long)Math.Floor((Math.Min(north, 90) + 90) / height), 0, rows - 1);
        var lon = NormaliseLongitude(longitude);
        var firstColumn = allColumns ? 0 : (long)Math.Floor((lon - dLon + 180) / width);
        var columnCount = allColumns ? columns : (long)Math.Floor((lon + dLon + 180) / width) - firstColumn + 1;

        var cells = new List<string>();
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var i = 0L; i < Math.Min(columnCount, columns); i++)
            {
                var hash = FromCell(row, Wrap(firstColumn + i, columns), precision);
                if (allColumns || GeoDistance.ToBoxKm(latitude, lon, Bounds(hash)) <= radiusKm * CoverageTolerance)
                {
                    cells.Add(hash);
                }
            }
        }

        return cells;
    }

    private static (long Rows, long Columns) Grid(int precision)
    {
        if (precision is < 1 or > MaxPrecision)
        {
            throw new ArgumentOutOfRangeException(nameof(precision));
        }

        var bits = precision * 5;
        return (1L << (bits / 2), 1L << (bits - bits / 2));
    }

    private static string FromCell(long row, long column, int precision)
    {
        var chars = new char[precision];
        var bits = precision * 5;
        var lonBit = bits - bits / 2 - 1;
        var latBit = bits / 2 - 1;
        for (var i = 0; i < precision; i++)
        {
            var value = 0;
            for (var b = 0; b < 5; b++)
            {
                var even = (i * 5 + b) % 2 == 0;
                var bit = even ? (column >> lonBit--) & 1 : (row >> latBit--) & 1;
                value = (value << 1) | (int)bit;
            }

            chars[i] = Alphabet[value];
        }

        return new string(chars);
    }

    private static (long Row, long Column) ToCell(string hash)
    {
        if (string.IsNullOrEmpty(hash) || hash.Length > MaxPrecision)
        {
            throw new ArgumentException("Not a geohash.", nameof(hash));
        }

        long row = 0, column = 0;
        for (var i = 0; i < hash.Length; i++)
        {
            var value = Alphabet.IndexOf(char.ToLowerInvariant(hash[i]), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{hash[i]}' is not a geohash character.", nameof(hash));
            }

            for (var b = 4; b >= 0; b--)
            {
                var bit = (value >> b) & 1;
                if ((i * 5 + (4 - b)) % 2 == 0)
                {
                    column = (column << 1) | (uint)bit;
                }
                else
                {
                    row = (row << 1) | (uint)bit;
                }
            }
        }

        return (row, column);
    }

    private static long Wrap(long column, long columns) => ((column % columns) + columns) % columns;

    private static double NormaliseLongitude(double longitude)
    {
        var wrapped = (longitude + 180) % 360;
        return (wrapped < 0 ? wrapped + 360 : wrapped) - 180;
    }
}
