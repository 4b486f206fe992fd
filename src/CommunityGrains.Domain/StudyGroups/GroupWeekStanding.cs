namespace CommunityGrains.Domain.StudyGroups;

/// <summary>
/// A group's week as the best-group award compares it. The check-in rate is check-ins over (members x 7), capped at 1,
/// compared as exact fractions so two groups of different sizes never tie or swap on a rounding error; then more peer
/// reviews win, then the group that reached its final counts earlier, then the smaller id (only so the order is total).
/// </summary>
/// <param name="CheckIns">Check-ins on the week's days: one per member and day.</param>
/// <param name="Members">The most members the group had at any check-in, review or join reported for the week.</param>
/// <param name="Reviews">Peer reviews of the check-ins of the week's days.</param>
/// <param name="ReachedAt">When the last of these counts last rose.</param>
public sealed record GroupWeekStanding(string GroupId, int CheckIns, int Members, int Reviews, DateTimeOffset ReachedAt)
    : IComparable<GroupWeekStanding>
{
    /// <summary>The capped numerator: a group cannot beat a perfect week by members who left and others who joined.</summary>
    private long Counted => Math.Min(CheckIns, (long)Members * StudyWeek.Days);

    public double CheckInRate => StudyWeek.CheckInRate(CheckIns, Members, StudyWeek.Days);

    /// <summary>A group without a check-in in the week does not compete.</summary>
    public bool Competes => CheckIns > 0 && Members > 0;

    /// <summary>Negative when this group ranks before <paramref name="other"/>.</summary>
    public int CompareTo(GroupWeekStanding? other)
    {
        if (other is null)
        {
            return -1;
        }

        // a/(7m) > b/(7n)  <=>  a*n > b*m, in integers.
        var rate = (other.Counted * Members).CompareTo(Counted * other.Members);
        if (rate != 0)
        {
            return rate;
        }

        var reviews = other.Reviews.CompareTo(Reviews);
        if (reviews != 0)
        {
            return reviews;
        }

        var reached = ReachedAt.CompareTo(other.ReachedAt);
        return reached != 0 ? reached : string.CompareOrdinal(GroupId, other.GroupId);
    }

    /// <summary>The better of two standings; null stands for no competitor.</summary>
    public static GroupWeekStanding? Best(GroupWeekStanding? a, GroupWeekStanding? b) =>
        a is null ? b : b is null ? a : a.CompareTo(b) <= 0 ? a : b;
}
