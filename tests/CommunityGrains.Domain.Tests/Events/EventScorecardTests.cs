using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Events;

public sealed class EventScorecardTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_figure_counts_what_its_target_names()
    {
        var due = Now.AddDays(-1);
        ScorecardFeedback[] feedback =
        [
            new(FeedbackStatus.Resolved, FeedbackCategory.Bug, FeedbackCategory.Bug, due, due.AddDays(-2)),
            new(FeedbackStatus.Resolved, FeedbackCategory.Bug, FeedbackCategory.Feature, due, due.AddHours(1)),
            new(FeedbackStatus.Closed, FeedbackCategory.Other, FeedbackCategory.Other, due, null),
            new(FeedbackStatus.New, FeedbackCategory.Pricing, null, due, null),
            new(FeedbackStatus.Triaged, FeedbackCategory.Service, FeedbackCategory.Service, Now.AddDays(5), null),
        ];

        var card = EventScorecard.Of(feedback, Now, npsBefore: 10, npsAfter: 27.5, attended: 40, engagedAttendees: 31);

        Assert.Equal(4, card.ValidFeedback);
        Assert.Equal(2.0 / 3, card.ClassificationAgreement!.Value, 12);
        Assert.Equal(1.0 / 3, card.ResolvedWithinTarget!.Value, 12);
        Assert.Equal(17.5, card.NpsChange);
        Assert.Equal((40, 31), (card.Attended, card.EngagedAttendees));
    }

    [Fact]
    public void Shares_and_the_nps_change_are_null_while_nothing_counts_towards_them()
    {
        var card = EventScorecard.Of([], Now, npsBefore: null, npsAfter: 50, attended: 0, engagedAttendees: 0);

        Assert.Null(card.ClassificationAgreement);
        Assert.Null(card.ResolvedWithinTarget);
        Assert.Null(card.NpsChange);
    }
}
