using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackForecastTests
{
    [Fact]
    public void Items_falling_due_are_resolved_in_time_only_as_fast_as_the_period_resolved_them()
    {
        // 30 resolved in time in 30 days (1 a day) of 40 decided; 60 fall due in the next 30 days, 30 of them in time.
        Assert.Equal((30 + 30) / 100.0, FeedbackForecast.Of(30, 40, TimeSpan.FromDays(30), 60)!.Value, 6);
    }

    [Fact]
    public void With_pace_to_spare_every_item_falling_due_is_counted_in_time() =>
        Assert.Equal((10 + 5) / 15.0, FeedbackForecast.Of(10, 10, TimeSpan.FromDays(10), 5)!.Value, 6);

    [Fact]
    public void Nothing_decided_and_nothing_due_has_no_forecast() => Assert.Null(FeedbackForecast.Of(0, 0, TimeSpan.FromDays(30), 0));

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(2.5, FeedbackForecast.Median([4, 1, 2, 3]));
        Assert.Null(FeedbackForecast.Median([]));
    }
}
