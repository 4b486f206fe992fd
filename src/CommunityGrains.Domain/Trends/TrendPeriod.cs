using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Trends;

/// <summary>The days a trends request covers: the last 30 by default, at most 92, never backwards.</summary>
public static class TrendPeriod
{
    public const int DefaultDays = 30;
    public const int MaxDays = 92;

    public static IReadOnlyList<DateOnly> Days(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var last = to ?? (from is { } start ? start.AddDays(DefaultDays - 1) : today);
        var first = from ?? last.AddDays(-(DefaultDays - 1));
        if (first > last)
        {
            throw new InvalidInputException("from", "must not be after to.");
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            throw new InvalidInputException("to", $"the period may cover at most {MaxDays} days.");
        }

        return Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
    }
}
