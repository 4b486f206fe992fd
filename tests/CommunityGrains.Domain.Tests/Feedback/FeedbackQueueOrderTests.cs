using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackQueueOrderTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Priority_puts_urgent_first_untriaged_last_and_the_soonest_due_first_within_a_priority()
    {
        var untriaged = FeedbackQueueOrder.Of(FeedbackSort.Priority, "a", T, T.AddDays(1), null);
        var lowSoon = FeedbackQueueOrder.Of(FeedbackSort.Priority, "b", T, T.AddDays(2), FeedbackPriority.Low);
        var lowLate = FeedbackQueueOrder.Of(FeedbackSort.Priority, "c", T, T.AddDays(9), FeedbackPriority.Low);
        var urgent = FeedbackQueueOrder.Of(FeedbackSort.Priority, "d", T, T.AddDays(30), FeedbackPriority.Urgent);

        Assert.Equal([urgent, lowSoon, lowLate, untriaged], new[] { untriaged, lowLate, urgent, lowSoon }.Order().ToList());
    }

    [Fact]
    public void Newest_first_breaks_ties_by_id_and_a_cursor_round_trips()
    {
        var first = FeedbackQueueOrder.Of(FeedbackSort.Newest, "a", T.AddHours(1), T, null);
        var second = FeedbackQueueOrder.Of(FeedbackSort.Newest, "a", T, T, null);
        var third = FeedbackQueueOrder.Of(FeedbackSort.Newest, "b", T, T, null);

        Assert.Equal([first, second, third], new[] { third, first, second }.Order().ToList());
        Assert.Equal(third, FeedbackQueueOrder.Decode(FeedbackSort.Newest, third.Encode(FeedbackSort.Newest)));
    }

    [Fact]
    public void A_cursor_of_another_sort_is_refused() =>
        Assert.Throws<InvalidInputException>(() => FeedbackQueueOrder.Decode(FeedbackSort.Oldest, FeedbackQueueOrder.Of(FeedbackSort.Newest, "a", T, T, null).Encode(FeedbackSort.Newest)));
}
