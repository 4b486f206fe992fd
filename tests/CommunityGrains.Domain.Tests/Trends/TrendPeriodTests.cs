using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Trends;

namespace CommunityGrains.Domain.Tests.Trends;

public sealed class TrendPeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Without_dates_it_is_the_30_days_ending_today()
    {
        var days = TrendPeriod.Days(null, null, Today);

        Assert.Equal(30, days.Count);
        Assert.Equal(new DateOnly(2026, 10, 22), days[0]);
        Assert.Equal(Today, days[^1]);
    }

    [Fact]
    public void One_date_given_makes_30_days_from_it_or_up_to_it()
    {
        Assert.Equal(new DateOnly(2026, 1, 30), TrendPeriod.Days(new DateOnly(2026, 1, 1), null, Today)[^1]);
        Assert.Equal(new DateOnly(2026, 1, 2), TrendPeriod.Days(null, new DateOnly(2026, 1, 31), Today)[0]);
    }

    [Fact]
    public void A_backwards_or_too_long_period_is_refused_naming_the_field()
    {
        Assert.Equal("from", Assert.Throws<InvalidInputException>(() => TrendPeriod.Days(new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 1), Today)).Field);
        Assert.Equal("to", Assert.Throws<InvalidInputException>(() => TrendPeriod.Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 3), Today)).Field);
        Assert.Equal(92, TrendPeriod.Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 2), Today).Count);
    }
}
