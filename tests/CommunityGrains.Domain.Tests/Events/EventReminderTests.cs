using CommunityGrains.Domain.Events;

namespace CommunityGrains.Domain.Tests.Events;

public sealed class EventReminderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 10, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_reminder_is_due_a_day_before_the_start()
    {
        Assert.Equal(Start.AddDays(-1), EventReminder.DueAt(Start, Start.AddDays(-5)));
    }

    [Fact]
    public void An_event_published_less_than_a_day_ahead_gets_none()
    {
        Assert.Null(EventReminder.DueAt(Start, Start.AddHours(-20)));
    }

    [Theory]
    [InlineData(EventStatus.Published, -25, false)]
    [InlineData(EventStatus.Published, -23, true)]
    [InlineData(EventStatus.Published, 1, false)]
    [InlineData(EventStatus.Cancelled, -23, false)]
    [InlineData(EventStatus.Live, -23, false)]
    public void It_is_due_from_its_time_until_the_start_while_published(EventStatus status, int hoursFromStart, bool due)
    {
        Assert.Equal(due, EventReminder.IsDue(status, Start.AddDays(-1), Start, Start.AddHours(hoursFromStart)));
    }
}
