using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Incentives;

public static class StarRules
{
    /// <summary>A star is chosen once the month has ended in the community's zone, when the ranking is final.</summary>
    public static void RequireEnded(string month, CommunityCalendar calendar, DateTimeOffset now)
    {
        var end = calendar.EndOfMonth(month);
        if (now < end)
        {
            throw new InvalidInputException("input.month", $"{month} has not ended yet; a star can be chosen from {end:yyyy-MM-dd HH:mm}Z.");
        }
    }

    /// <summary>A star of the year is chosen once the year has ended in the community's zone.</summary>
    public static void RequireYearEnded(int year, CommunityCalendar calendar, DateTimeOffset now)
    {
        InputLimits.Range(year, "year", 2000, 9998);
        var end = calendar.StartOf(new DateOnly(year + 1, 1, 1));
        if (now < end)
        {
            throw new InvalidInputException("year", $"{year} has not ended yet; a star of the year can be chosen from {end:yyyy-MM-dd HH:mm}Z.");
        }
    }

    /// <summary>The canonical "YYYY-MM" form of a month argument.</summary>
    public static string Month(string month, string field = "month") => CommunityCalendar.FormatMonth(CommunityCalendar.ParseMonth(month, field));
}
