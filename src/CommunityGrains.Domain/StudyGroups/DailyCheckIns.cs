namespace CommunityGrains.Domain.StudyGroups;

/// <summary>
/// <c>stats.checkInsToday</c> is the sum of every member's first check-ins on the community's current day. Each
/// member counts their own, in the write that stores the check-in's points, and reports the count to their roster
/// shard together with their lifetime points, so a check-in costs no write of a counter of its own. A shard keeps
/// the latest day only: the community's "today" never goes back.
/// </summary>
public static class DailyCheckIns
{
    /// <summary>A member's count after one more first check-in on <paramref name="day"/>.</summary>
    public static (DateOnly Day, int Count) Add((DateOnly Day, int Count)? counted, DateOnly day) => counted switch
    {
        { } known when known.Day == day => (day, known.Count + 1),

        // A late retry of an earlier day: the member's count is already about a later one.
        { } known when known.Day > day => known,
        _ => (day, 1),
    };

    /// <summary>
    /// Takes a member's count into a shard's tally of <paramref name="tallyDay"/>; false when it changes nothing.
    /// A later day replaces the tally. Within a day a member's count only grows, so a late report cannot lower it.
    /// </summary>
    public static bool Record(ref DateOnly? tallyDay, IDictionary<string, int> counts, string memberId, DateOnly day, int count)
    {
        if (tallyDay > day)
        {
            return false;
        }

        if (tallyDay != day)
        {
            tallyDay = day;
            counts.Clear();
        }
        else if (counts.TryGetValue(memberId, out var known) && known >= count)
        {
            return false;
        }

        counts[memberId] = count;
        return true;
    }

    /// <summary>The tally's total if it is about <paramref name="day"/>; an older tally had no check-ins that day.</summary>
    public static int TotalOn(DateOnly? tallyDay, IEnumerable<int> counts, DateOnly day) => tallyDay == day ? counts.Sum() : 0;
}
