using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Tests.Common;

public sealed class CommunityCalendarTests
{
    [Fact]
    public void Minutes_either_side_of_midnight_in_shanghai_are_two_days()
    {
        var shanghai = CommunityCalendar.For("Asia/Shanghai");
        var before = new DateTimeOffset(2026, 11, 24, 23, 59, 0, TimeSpan.FromHours(8));
        var after = new DateTimeOffset(2026, 11, 25, 0, 1, 0, TimeSpan.FromHours(8));
        Assert.Equal(new DateOnly(2026, 11, 24), shanghai.DateOf(before));
        Assert.Equal(new DateOnly(2026, 11, 25), shanghai.DateOf(after));
    }

    [Fact]
    public void A_month_ends_at_local_midnight_not_utc()
    {
        var shanghai = CommunityCalendar.For("Asia/Shanghai");
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), shanghai.EndOfMonth("2026-11"));
        Assert.Equal("2026-12", shanghai.MonthOf(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_day_that_starts_in_a_dst_gap_starts_at_the_first_valid_instant()
    {
        // Asia/Beirut skips from 00:00 to 01:00 on the last Sunday of March.
        var beirut = CommunityCalendar.For("Asia/Beirut");
        var start = beirut.StartOf(new DateOnly(2026, 3, 29));
        Assert.Equal(new DateOnly(2026, 3, 29), beirut.DateOf(start));
        Assert.Equal(new DateOnly(2026, 3, 28), beirut.DateOf(start.AddMinutes(-1)));
    }
}
