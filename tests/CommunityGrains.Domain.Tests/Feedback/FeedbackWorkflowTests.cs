using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackWorkflowTests
{
    [Fact]
    public void An_item_moves_from_new_through_triage_and_reply_to_resolved()
    {
        var triaged = FeedbackWorkflow.Triage(FeedbackStatus.New);
        var inProgress = FeedbackWorkflow.Reply(triaged);
        var resolved = FeedbackWorkflow.Resolve(inProgress);

        Assert.Equal([FeedbackStatus.Triaged, FeedbackStatus.InProgress, FeedbackStatus.Resolved], [triaged, inProgress, resolved]);
    }

    [Fact]
    public void Re_triaging_an_item_in_progress_keeps_it_in_progress()
    {
        Assert.Equal(FeedbackStatus.InProgress, FeedbackWorkflow.Triage(FeedbackStatus.InProgress));
    }

    [Theory]
    [InlineData(FeedbackStatus.Resolved, "RESOLVED")]
    [InlineData(FeedbackStatus.Closed, "CLOSED")]
    public void A_final_item_refuses_every_step_and_names_its_status(FeedbackStatus final, string name)
    {
        Func<FeedbackStatus, FeedbackStatus>[] steps = [FeedbackWorkflow.Triage, FeedbackWorkflow.Reply, FeedbackWorkflow.Resolve, FeedbackWorkflow.Close];
        foreach (var step in steps)
        {
            var refused = Assert.Throws<InvalidInputException>(() => step(final));
            Assert.Contains(name, refused.Message);
        }
    }

    [Fact]
    public void Overdue_means_open_and_past_the_due_date()
    {
        var due = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero);
        Assert.False(FeedbackWorkflow.IsOverdue(FeedbackStatus.New, due, due));
        Assert.True(FeedbackWorkflow.IsOverdue(FeedbackStatus.New, due, due.AddTicks(1)));
        Assert.False(FeedbackWorkflow.IsOverdue(FeedbackStatus.Resolved, due, due.AddDays(1)));
        Assert.False(FeedbackWorkflow.IsOverdue(FeedbackStatus.Closed, due, due.AddDays(1)));
    }

    [Fact]
    public void Status_names_are_those_of_the_api()
    {
        Assert.Equal("IN_PROGRESS", FeedbackWorkflow.NameOf(FeedbackStatus.InProgress));
        Assert.Equal("NEW", FeedbackWorkflow.NameOf(FeedbackStatus.New));
    }
}
