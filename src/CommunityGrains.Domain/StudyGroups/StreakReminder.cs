using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.StudyGroups;

/// <summary>
/// STREAK_AT_RISK: at <see cref="At"/> in the community's time zone, members whose streak in a group is
/// <see cref="MinStreak"/> days or more and who have not checked in with that group today are told, once per group and day.
/// </summary>
public static class StreakReminder
{
    public const int MinStreak = 3;

    /// <summary>Evening: late enough that most members who check in daily have done so, early enough to still do it.</summary>
    public static readonly TimeOnly At = new(20, 0);

    public static bool AtRisk(Streak streak, DateOnly today) => streak.Current >= MinStreak && streak.Last == today.AddDays(-1);

    /// <summary>A streak that can be at risk tonight or tomorrow night: its group stays watched while it has one.</summary>
    public static bool Alive(Streak streak, DateOnly today) => streak.Current >= MinStreak && streak.Last >= today.AddDays(-1);

    /// <summary>
    /// When the next round is due: this evening, or tomorrow evening once this evening's round is done. A time in the
    /// past means the round is due now (a host was down at the time).
    /// </summary>
    public static DateTimeOffset NextRound(CommunityCalendar calendar, DateTimeOffset now, DateOnly? lastRound)
    {
        var today = calendar.DateOf(now);
        return EveningOf(calendar, lastRound >= today ? today.AddDays(1) : today);
    }

    public static DateTimeOffset EveningOf(CommunityCalendar calendar, DateOnly day)
    {
        var local = day.ToDateTime(At);
        return new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
