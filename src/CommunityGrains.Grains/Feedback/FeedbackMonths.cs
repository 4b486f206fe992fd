using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Feedback;

/// <summary>
/// The month partitions of the feedback indexes. They are UTC months, not the community's: an item's partition must
/// never move, and a community may change its time zone.
/// </summary>
internal static class FeedbackMonths
{
    public static string Of(DateTimeOffset at) => CommunityCalendar.FormatMonth(FirstDay(at));

    public static IEnumerable<string> NewestFirst(DateTimeOffset from, DateTimeOffset to)
    {
        var oldest = FirstDay(from);
        for (var month = FirstDay(to); month >= oldest; month = month.AddMonths(-1))
        {
            yield return CommunityCalendar.FormatMonth(month);
        }
    }

    private static DateOnly FirstDay(DateTimeOffset at)
    {
        var date = DateOnly.FromDateTime(at.UtcDateTime);
        return new DateOnly(date.Year, date.Month, 1);
    }
}
