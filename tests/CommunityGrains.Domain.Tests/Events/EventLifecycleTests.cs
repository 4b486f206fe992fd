using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Domain.Tests.Events;

public sealed class EventLifecycleTests
{
    [Theory]
    [InlineData(EventStatus.Draft, EventCommand.Publish, EventStatus.Published)]
    [InlineData(EventStatus.Published, EventCommand.Start, EventStatus.Live)]
    [InlineData(EventStatus.Live, EventCommand.End, EventStatus.Ended)]
    [InlineData(EventStatus.Draft, EventCommand.Cancel, EventStatus.Cancelled)]
    [InlineData(EventStatus.Published, EventCommand.Cancel, EventStatus.Cancelled)]
    [InlineData(EventStatus.Live, EventCommand.Cancel, EventStatus.Cancelled)]
    [InlineData(EventStatus.Published, EventCommand.Register, EventStatus.Published)]
    [InlineData(EventStatus.Live, EventCommand.Register, EventStatus.Live)]
    [InlineData(EventStatus.Live, EventCommand.SignIn, EventStatus.Live)]
    public void Listed_transitions_are_allowed(EventStatus from, EventCommand command, EventStatus to) =>
        Assert.Equal(to, EventLifecycle.Next(from, command));

    [Theory]
    [InlineData(EventStatus.Draft, EventCommand.Start)]
    [InlineData(EventStatus.Draft, EventCommand.Register)]
    [InlineData(EventStatus.Published, EventCommand.End)]
    [InlineData(EventStatus.Published, EventCommand.SignIn)]
    [InlineData(EventStatus.Ended, EventCommand.Cancel)]
    [InlineData(EventStatus.Ended, EventCommand.Register)]
    [InlineData(EventStatus.Cancelled, EventCommand.Publish)]
    [InlineData(EventStatus.Live, EventCommand.Publish)]
    public void Anything_else_is_refused_naming_the_current_status(EventStatus from, EventCommand command)
    {
        var refused = Assert.Throws<InvalidInputException>(() => EventLifecycle.Next(from, command));

        Assert.Contains(EventLifecycle.Name(from), refused.Message);
        Assert.False(EventLifecycle.Allows(from, command));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void Capacity_outside_1_to_100000_is_refused(int capacity) =>
        Assert.StartsWith("input.capacity", Assert.Throws<InvalidInputException>(() => EventRules.Capacity(capacity)).Message);

    [Fact]
    public void An_event_must_end_after_it_starts()
    {
        var start = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero);

        Assert.Throws<InvalidInputException>(() => EventRules.Times(start, start));
        EventRules.Times(start, start.AddMinutes(1));
    }

    [Fact]
    public void Guests_do_not_run_the_room()
    {
        Assert.False(EventRules.RunsTheRoom(EventRole.Guest));
        Assert.True(EventRules.RunsTheRoom(EventRole.NoteTaker));
    }
}
