using System.Globalization;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Help;

/// <summary>When help is wanted or offered: weekly windows in the community's time zone, "HH:mm" to "HH:mm" on one weekday.</summary>
public static class Availability
{
    public const int MaxWindows = 21;
    private const string Format = "HH:mm";

    public static IReadOnlyList<TimeWindow> Parse(IReadOnlyList<(int Weekday, string From, string To)>? windows, string field)
    {
        if (windows is null)
        {
            return [];
        }

        if (windows.Count > MaxWindows)
        {
            throw new InvalidInputException(field, $"must have at most {MaxWindows} entries.");
        }

        return windows.Select((w, i) =>
        {
            var at = $"{field}[{i}]";
            var weekday = InputLimits.Range(w.Weekday, at + ".weekday", 1, 7);
            var from = Time(w.From, at + ".from");
            var to = Time(w.To, at + ".to");
            if (to <= from)
            {
                throw new InvalidInputException(at + ".to", "must be later than from.");
            }

            return new TimeWindow(weekday, from, to);
        }).Distinct().OrderBy(w => w.Weekday).ThenBy(w => w.From).ToList();
    }

    /// <summary>True when some window of one side meets a window of the other; false when either side gave none.</summary>
    public static bool Overlap(IReadOnlyCollection<TimeWindow> a, IReadOnlyCollection<TimeWindow> b) => a.Any(x => b.Any(x.Overlaps));

    public static string Text(TimeOnly time) => time.ToString(Format, CultureInfo.InvariantCulture);

    private static TimeOnly Time(string? value, string field) =>
        TimeOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidInputException(field, "must be a time of day as HH:mm.");
}
