using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class StudyWeekTests
{
    [Theory]
    [InlineData(2026, 11, 2)]
    [InlineData(2026, 11, 5)]
    [InlineData(2026, 11, 8)]
    public void A_week_starts_on_the_monday_on_or_before_the_date(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(2026, 11, 2), StudyWeek.Containing(new DateOnly(year, month, day)).Monday);
    }

    [Fact]
    public void The_current_week_counts_days_up_to_today()
    {
        var week = StudyWeek.Containing(new DateOnly(2026, 11, 4));
        Assert.Equal(3, week.DaysSoFar(new DateOnly(2026, 11, 4)).Count);
    }

    [Fact]
    public void A_past_week_counts_seven_days_and_a_future_week_none()
    {
        var week = StudyWeek.Containing(new DateOnly(2026, 11, 4));
        Assert.Equal(7, week.DaysSoFar(new DateOnly(2026, 11, 20)).Count);
        Assert.Empty(week.DaysSoFar(new DateOnly(2026, 10, 20)));
    }

    [Fact]
    public void The_rate_is_check_ins_over_members_times_days()
    {
        Assert.Equal(0.5, StudyWeek.CheckInRate(checkIns: 6, members: 3, days: 4));
        Assert.Equal(0, StudyWeek.CheckInRate(checkIns: 0, members: 3, days: 0));
    }
}
