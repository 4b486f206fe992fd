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

    /// <summary>The canonical "YYYY-MM" form of a month argument.</summary>
    public static string Month(string month, string field = "month") => CommunityCalendar.FormatMonth(CommunityCalendar.ParseMonth(month, field));
}
