using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.StudyGroups;

/// <summary>
/// Streak rules on calendar dates in the community's time zone. Days are counted as dates, never as
/// 24-hour spans, so DST days of 23 or 25 hours and check-ins minutes either side of local midnight
/// count exactly as the learner sees them on their calendar.
/// </summary>
public sealed class StreakCalculator(CommunityCalendar calendar)
{
    /// <summary>Days in a row that earn the STREAK certificate unless the community sets its certificateDays.</summary>
    public const int DefaultCertificateDays = 30;

    public const int MinCertificateDays = 2;
    public const int MaxCertificateDays = 365;

    public DateOnly DayOf(DateTimeOffset instant) => calendar.DateOf(instant);

    /// <summary>Adds a check-in instant; a second check-in on the same day changes nothing.</summary>
    public Streak Record(Streak streak, DateTimeOffset at) => Record(streak, DayOf(at));

    /// <summary>Adds a day: the day after the last one extends the run, a later day starts a new run of one.</summary>
    public static Streak Record(Streak streak, DateOnly day)
    {
        if (streak.Last is { } last && day <= last)
        {
            // Same day, or a late report of an earlier day: the run ending at Last already counts it.
            return streak;
        }

        var current = streak.Last is { } previous && previous.AddDays(1) == day ? streak.Current + 1 : 1;
        return new Streak(current, Math.Max(streak.Longest, current), day);
    }

    /// <summary>The run as of now: alive while its last day is today or yesterday, otherwise broken.</summary>
    public int CurrentAt(Streak streak, DateTimeOffset now) => CurrentOn(streak, DayOf(now));

    public static int CurrentOn(Streak streak, DateOnly today) =>
        streak.Last is { } last && (last == today || last.AddDays(1) == today) ? streak.Current : 0;

    public static bool EarnsCertificate(Streak streak, int certificateDays) => streak.Current >= certificateDays;

    public static int CertificateDays(int value, string field = "input.certificateDays") =>
        InputLimits.Range(value, field, MinCertificateDays, MaxCertificateDays);
}
