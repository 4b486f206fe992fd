using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class StreakCalculatorTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Fact]
    public void A_first_check_in_starts_a_run_of_one()
    {
        var streak = StreakCalculator.Record(Streak.None, Monday);
        Assert.Equal(new Streak(1, 1, Monday), streak);
    }

    [Fact]
    public void Consecutive_days_extend_the_run()
    {
        var streak = Days(Monday, 5);
        Assert.Equal(5, streak.Current);
        Assert.Equal(5, streak.Longest);
        Assert.Equal(Monday.AddDays(4), streak.Last);
    }

    [Fact]
    public void A_second_check_in_on_the_same_day_changes_nothing()
    {
        var once = StreakCalculator.Record(Streak.None, Monday);
        Assert.Same(once, StreakCalculator.Record(once, Monday));
    }

    [Fact]
    public void An_earlier_day_reported_late_changes_nothing()
    {
        var streak = Days(Monday, 3);
        Assert.Same(streak, StreakCalculator.Record(streak, Monday));
    }

    [Fact]
    public void A_missed_day_resets_current_but_keeps_longest()
    {
        var streak = StreakCalculator.Record(Days(Monday, 4), Monday.AddDays(5));
        Assert.Equal(1, streak.Current);
        Assert.Equal(4, streak.Longest);
    }

    [Fact]
    public void A_new_run_longer_than_the_old_one_becomes_the_longest()
    {
        var streak = Days(Monday, 2);
        for (var i = 0; i < 3; i++)
        {
            streak = StreakCalculator.Record(streak, Monday.AddDays(3 + i));
        }

        Assert.Equal(3, streak.Current);
        Assert.Equal(3, streak.Longest);
    }

    [Fact]
    public void The_run_is_alive_today_and_yesterday_and_broken_after()
    {
        var streak = Days(Monday, 3);
        var last = Monday.AddDays(2);
        Assert.Equal(3, StreakCalculator.CurrentOn(streak, last));
        Assert.Equal(3, StreakCalculator.CurrentOn(streak, last.AddDays(1)));
        Assert.Equal(0, StreakCalculator.CurrentOn(streak, last.AddDays(2)));
    }

    [Fact]
    public void No_check_in_yet_is_a_run_of_zero()
    {
        Assert.Equal(0, StreakCalculator.CurrentOn(Streak.None, Monday));
    }

    [Fact]
    public void The_certificate_days_in_a_row_earn_the_certificate_and_one_day_fewer_do_not()
    {
        Assert.False(StreakCalculator.EarnsCertificate(Days(Monday, 29), StreakCalculator.DefaultCertificateDays));
        Assert.True(StreakCalculator.EarnsCertificate(Days(Monday, 30), StreakCalculator.DefaultCertificateDays));
        Assert.True(StreakCalculator.EarnsCertificate(Days(Monday, 3), 3));
    }

    [Fact]
    public void In_shanghai_2359_and_0001_local_are_two_days()
    {
        var calculator = new StreakCalculator(CommunityCalendar.For("Asia/Shanghai"));
        var lateEvening = new DateTimeOffset(2026, 11, 24, 23, 59, 0, TimeSpan.FromHours(8));

        var streak = calculator.Record(calculator.Record(Streak.None, lateEvening), lateEvening.AddMinutes(2));

        Assert.Equal(2, streak.Current);
        Assert.Equal(new DateOnly(2026, 11, 25), streak.Last);
    }

    [Fact]
    public void In_shanghai_0001_and_2359_the_same_local_day_are_one_day_although_utc_dates_differ()
    {
        var calculator = new StreakCalculator(CommunityCalendar.For("Asia/Shanghai"));
        var justAfterMidnight = new DateTimeOffset(2026, 11, 25, 0, 1, 0, TimeSpan.FromHours(8));

        var streak = calculator.Record(calculator.Record(Streak.None, justAfterMidnight), justAfterMidnight.AddHours(23).AddMinutes(58));

        Assert.Equal(1, streak.Current);
    }

    [Theory]
    [InlineData("Europe/Paris", 2026, 3, 29)]
    [InlineData("Europe/Paris", 2026, 10, 25)]
    [InlineData("America/New_York", 2026, 3, 8)]
    [InlineData("America/New_York", 2026, 11, 1)]
    public void Daily_check_ins_late_in_the_evening_across_a_dst_change_keep_the_streak(string zone, int year, int month, int day)
    {
        var result = CheckInDailyAt(zone, new DateOnly(year, month, day).AddDays(-3), new TimeOnly(23, 30), days: 7);
        Assert.Equal(7, result.Current);
    }

    [Theory]
    [InlineData("Europe/Paris", 2026, 3, 29)]
    [InlineData("Europe/Paris", 2026, 10, 25)]
    [InlineData("America/New_York", 2026, 3, 8)]
    [InlineData("America/New_York", 2026, 11, 1)]
    public void Daily_check_ins_just_after_midnight_across_a_dst_change_keep_the_streak(string zone, int year, int month, int day)
    {
        var result = CheckInDailyAt(zone, new DateOnly(year, month, day).AddDays(-3), new TimeOnly(0, 15), days: 7);
        Assert.Equal(7, result.Current);
    }

    [Fact]
    public void Days_are_calendar_dates_not_24_hour_spans_on_a_short_dst_day()
    {
        // Paris springs forward on 2026-03-29: that day has 23 hours, so 24 h after Saturday 23:30 is already Monday.
        var calendar = CommunityCalendar.For("Europe/Paris");
        var calculator = new StreakCalculator(calendar);
        var saturdayEvening = Local(calendar.Zone, new DateOnly(2026, 3, 28), new TimeOnly(23, 30));
        var streak = calculator.Record(Streak.None, saturdayEvening);

        var sundayEvening = calculator.Record(streak, Local(calendar.Zone, new DateOnly(2026, 3, 29), new TimeOnly(23, 30)));

        Assert.Equal(new DateOnly(2026, 3, 30), calendar.DateOf(saturdayEvening.AddHours(24)));
        Assert.Equal(2, sundayEvening.Current);
    }

    [Fact]
    public void Now_decides_liveness_in_the_community_zone()
    {
        var calculator = new StreakCalculator(CommunityCalendar.For("Asia/Shanghai"));
        var streak = calculator.Record(Streak.None, new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(8)));

        // 16:30 UTC on the 25th is already 00:30 on the 26th in Shanghai: yesterday's run is gone.
        Assert.Equal(1, calculator.CurrentAt(streak, new DateTimeOffset(2026, 11, 25, 15, 30, 0, TimeSpan.Zero)));
        Assert.Equal(0, calculator.CurrentAt(streak, new DateTimeOffset(2026, 11, 25, 16, 30, 0, TimeSpan.Zero)));
    }

    private static Streak Days(DateOnly first, int count)
    {
        var streak = Streak.None;
        for (var i = 0; i < count; i++)
        {
            streak = StreakCalculator.Record(streak, first.AddDays(i));
        }

        return streak;
    }

    private static Streak CheckInDailyAt(string zoneId, DateOnly first, TimeOnly localTime, int days)
    {
        var calendar = CommunityCalendar.For(zoneId);
        var calculator = new StreakCalculator(calendar);
        var streak = Streak.None;
        for (var i = 0; i < days; i++)
        {
            streak = calculator.Record(streak, Local(calendar.Zone, first.AddDays(i), localTime));
        }

        return streak;
    }

    private static DateTimeOffset Local(TimeZoneInfo zone, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
