using System.Globalization;

namespace CommunityGrains.Domain.Common;

/// <summary>Days and months as the community lives them: calendar dates in its IANA time zone.</summary>
public sealed class CommunityCalendar(TimeZoneInfo zone)
{
    public static CommunityCalendar For(string timeZoneId) => new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    public TimeZoneInfo Zone { get; } = zone;

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public string MonthOf(DateTimeOffset instant) => FormatMonth(DateOf(instant));

    /// <summary>The UTC instant at which a local date begins (handles DST gaps by taking the first valid instant).</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public DateTimeOffset StartOfMonth(string month) => StartOf(ParseMonth(month));

    public DateTimeOffset EndOfMonth(string month) => StartOf(ParseMonth(month).AddMonths(1));

    public static string FormatMonth(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseMonth(string month, string field = "month")
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw new InvalidInputException(field, $"'{month}' is not a month in the form YYYY-MM.");
        }

        return first;
    }

    public static DateOnly ParseDate(string date, string field)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new InvalidInputException(field, $"'{date}' is not a date in the form YYYY-MM-DD.");
        }

        return parsed;
    }
}
