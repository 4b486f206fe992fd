namespace CommunityGrains.Domain.StudyGroups;

/// <summary>A Monday-first calendar week and how much of it has happened as of today.</summary>
public sealed record StudyWeek(DateOnly Monday)
{
    public const int Days = 7;

    public static StudyWeek Containing(DateOnly date) =>
        new(date.AddDays(-(((int)date.DayOfWeek + 6) % Days)));

    public DateOnly Sunday => Monday.AddDays(Days - 1);

    /// <summary>The last Monday-first week that is over on <paramref name="today"/>.</summary>
    public static StudyWeek LastFull(DateOnly today) => Containing(today.AddDays(-Days));

    /// <summary>Over once its Sunday has passed in the community's time zone.</summary>
    public bool HasEnded(DateOnly today) => today > Sunday;

    /// <summary>0 for Monday .. 6 for Sunday; the day must be in the week.</summary>
    public int IndexOf(DateOnly day) => day.DayNumber - Monday.DayNumber;

    /// <summary>The days of the week up to and including today: all seven for a past week, none for a future one.</summary>
    public IReadOnlyList<DateOnly> DaysSoFar(DateOnly today)
    {
        var count = today < Monday ? 0 : today > Sunday ? Days : today.DayNumber - Monday.DayNumber + 1;
        return Enumerable.Range(0, count).Select(Monday.AddDays).ToList();
    }

    /// <summary>Check-ins over the check-ins possible so far; 0 when nothing was possible yet.</summary>
    public static double CheckInRate(int checkIns, int members, int days) =>
        members * days == 0 ? 0 : Math.Min(1, (double)checkIns / (members * days));
}
