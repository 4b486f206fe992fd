using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackDeadlinesTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Created.AddDays(10);

    [Theory]
    [InlineData(0, FeedbackRisk.OnTrack)]
    [InlineData(7.9, FeedbackRisk.OnTrack)]
    [InlineData(8, FeedbackRisk.AtRisk)]
    [InlineData(10, FeedbackRisk.AtRisk)]
    [InlineData(10.01, FeedbackRisk.Overdue)]
    public void An_open_item_turns_at_risk_past_the_share_and_overdue_past_the_due_date(double days, FeedbackRisk expected) =>
        Assert.Equal(expected, FeedbackDeadlines.Risk(FeedbackStatus.InProgress, Created, Due, Created.AddDays(days), 0.8));

    [Fact]
    public void A_resolved_or_closed_item_is_done_whenever_it_is_read()
    {
        Assert.Equal(FeedbackRisk.Done, FeedbackDeadlines.Risk(FeedbackStatus.Resolved, Created, Due, Created.AddDays(30), 0.8));
        Assert.Equal(FeedbackRisk.Done, FeedbackDeadlines.Risk(FeedbackStatus.Closed, Created, Due, Created.AddDays(30), 0.8));
    }

    [Fact]
    public void A_priority_without_its_own_days_takes_the_default()
    {
        var byPriority = new Dictionary<FeedbackPriority, int> { [FeedbackPriority.Urgent] = 3 };

        Assert.Equal(3, FeedbackDeadlines.TargetDays(FeedbackPriority.Urgent, byPriority, 30));
        Assert.Equal(30, FeedbackDeadlines.TargetDays(FeedbackPriority.Low, byPriority, 30));
        Assert.Equal(30, FeedbackDeadlines.TargetDays(null, byPriority, 30));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    [InlineData(-3)]
    public void Days_outside_1_to_365_are_refused(int days) =>
        Assert.Throws<InvalidInputException>(() => FeedbackDeadlines.ValidDaysByPriority([KeyValuePair.Create(FeedbackPriority.High, days)], "f"));

    [Fact]
    public void A_priority_listed_twice_is_refused() =>
        Assert.Throws<InvalidInputException>(() => FeedbackDeadlines.ValidDaysByPriority([KeyValuePair.Create(FeedbackPriority.High, 3), KeyValuePair.Create(FeedbackPriority.High, 4)], "f"));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(double.NaN, false)]
    [InlineData(0.8, true)]
    public void The_at_risk_share_lies_strictly_between_0_and_1(double share, bool valid)
    {
        var exception = Record.Exception(() => FeedbackDeadlines.ValidShare(share, "f", oneAllowed: false));

        Assert.Equal(valid, exception is null);
    }

    [Fact]
    public void A_target_of_1_is_allowed_but_not_more() =>
        Assert.Equal((true, false), (Record.Exception(() => FeedbackDeadlines.ValidShare(1, "f", oneAllowed: true)) is null, Record.Exception(() => FeedbackDeadlines.ValidShare(1.01, "f", oneAllowed: true)) is null));

    [Fact]
    public void A_due_date_must_come_after_submission() =>
        Assert.Throws<InvalidInputException>(() => FeedbackDeadlines.ValidDueAt(Created, Created, "input.dueAt"));
}
