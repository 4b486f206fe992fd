using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackSlaTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void With_nothing_decided_the_rate_is_one()
    {
        var open = Item(daysAgo: 5, targetDays: 30, FeedbackStatus.Triaged);

        var figures = FeedbackSla.Compute([open], Now);

        Assert.Equal(1.0, figures.ResolvedOnTimeRate);
        Assert.Equal(0, figures.Overdue);
    }

    [Fact]
    public void Resolved_on_time_counts_for_late_and_overdue_count_against()
    {
        var onTime = Item(daysAgo: 40, targetDays: 30, FeedbackStatus.Resolved, resolvedAfterDays: 10);
        var late = Item(daysAgo: 50, targetDays: 30, FeedbackStatus.Resolved, resolvedAfterDays: 31);
        var overdue = Item(daysAgo: 35, targetDays: 30, FeedbackStatus.InProgress);
        var stillWithinTarget = Item(daysAgo: 3, targetDays: 30, FeedbackStatus.New);

        var figures = FeedbackSla.Compute([onTime, late, overdue, stillWithinTarget], Now);

        Assert.Equal(1.0 / 3, figures.ResolvedOnTimeRate, 6);
        Assert.Equal(1, figures.Overdue);
    }

    [Fact]
    public void Resolving_exactly_at_the_due_date_is_on_time()
    {
        var item = Item(daysAgo: 40, targetDays: 30, FeedbackStatus.Resolved, resolvedAfterDays: 30);

        Assert.Equal(1.0, FeedbackSla.Compute([item], Now).ResolvedOnTimeRate);
    }

    [Fact]
    public void Items_submitted_before_the_90_day_window_are_ignored()
    {
        var old = Item(daysAgo: 91, targetDays: 30, FeedbackStatus.New);
        var recent = Item(daysAgo: 10, targetDays: 30, FeedbackStatus.Resolved, resolvedAfterDays: 1);

        var figures = FeedbackSla.Compute([old, recent], Now);

        Assert.Equal(1.0, figures.ResolvedOnTimeRate);
        Assert.Equal(0, figures.Overdue);
    }

    [Fact]
    public void Closed_items_count_on_neither_side()
    {
        var closed = Item(daysAgo: 60, targetDays: 30, FeedbackStatus.Closed);
        var late = Item(daysAgo: 60, targetDays: 30, FeedbackStatus.Resolved, resolvedAfterDays: 45);

        var figures = FeedbackSla.Compute([closed, late], Now);

        Assert.Equal(0.0, figures.ResolvedOnTimeRate);
        Assert.Equal(0, figures.Overdue);
    }

    private static FeedbackSlaItem Item(int daysAgo, int targetDays, FeedbackStatus status, int? resolvedAfterDays = null)
    {
        var created = Now.AddDays(-daysAgo);
        return new FeedbackSlaItem(created, FeedbackWorkflow.DueAt(created, targetDays), status, resolvedAfterDays is { } d ? created.AddDays(d) : null);
    }
}
