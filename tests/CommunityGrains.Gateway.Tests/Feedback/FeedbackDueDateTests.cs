using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Feedback;

[Collection(HostCollection.Name)]
public sealed class FeedbackDueDateTests(TestHost host)
{
    [Fact]
    public async Task The_due_date_is_the_community_target_after_submission()
    {
        var community = await host.NewCommunity();
        (await community.Admin.Send("mutation { configureCommunity(input: { feedbackTargetDays: 10 }) { id } }")).EnsureSuccess();
        var alice = await community.Member("alice");

        var item = (await alice.Submit("Please add a dark mode.")).EnsureSuccess();

        var created = item.Get("submitFeedback.createdAt").GetDateTimeOffset();
        Assert.Equal(created.AddDays(10), item.Get("submitFeedback.dueAt").GetDateTimeOffset());
        Assert.False(item.Get("submitFeedback.overdue").GetBoolean());
    }

    [Fact]
    public async Task The_default_target_is_30_days_and_a_later_change_moves_no_due_date()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var item = (await alice.Submit("The venue was too noisy.")).EnsureSuccess();
        var id = item.Get("submitFeedback.id").GetString()!;

        (await community.Admin.Send("mutation { configureCommunity(input: { feedbackTargetDays: 5 }) { id } }")).EnsureSuccess();

        var created = item.Get("submitFeedback.createdAt").GetDateTimeOffset();
        Assert.Equal(created.AddDays(30), (await alice.Read(id)).EnsureSuccess().Get("feedback.dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_open_item_is_overdue_after_its_due_date_until_it_is_resolved()
    {
        var community = await host.NewCommunity();
        (await community.Admin.Send("mutation { configureCommunity(input: { feedbackTargetDays: 3 }) { id } }")).EnsureSuccess();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitId("The check-in button is broken.");

        host.Time.Advance(TimeSpan.FromDays(4));
        var late = (await mod.Read(id)).EnsureSuccess();
        var resolved = (await mod.Resolve(id)).EnsureSuccess();

        Assert.True(late.Get("feedback.overdue").GetBoolean());
        Assert.False(resolved.Get("resolveFeedback.overdue").GetBoolean());
    }

    [Fact]
    public async Task The_resolution_rate_counts_items_resolved_by_their_due_date_against_those_resolved_or_past_due()
    {
        var community = await host.NewCommunity();
        (await community.Admin.Send("mutation { configureCommunity(input: { feedbackTargetDays: 10 }) { id } }")).EnsureSuccess();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var onTime = await alice.SubmitId("The map page crashes.");
        var neglected = await alice.SubmitId("Please add a calendar export.");
        var late = await alice.SubmitId("Prices went up again.");
        (await mod.Resolve(onTime)).EnsureSuccess();
        var early = await Stats(mod);

        host.Time.Advance(TimeSpan.FromDays(11));
        (await mod.Resolve(late)).EnsureSuccess();
        var later = await Stats(mod);

        Assert.Equal((1.0, 0), early);
        Assert.Equal(1.0 / 3, later.Rate, 6);
        Assert.Equal(1, later.Overdue);
        Assert.True((await mod.Read(neglected)).EnsureSuccess().Get("feedback.overdue").GetBoolean());
    }

    [Fact]
    public async Task With_no_feedback_the_rate_is_one_and_nothing_is_overdue()
    {
        var community = await host.NewCommunity();

        Assert.Equal((1.0, 0), await Stats(community.Admin));
    }

    private static async Task<(double Rate, int Overdue)> Stats(GraphQLClient client)
    {
        var stats = (await client.Send("{ community { stats { feedbackResolvedWithin30Days overdueFeedback } } }")).EnsureSuccess();
        return (stats.Get("community.stats.feedbackResolvedWithin30Days").GetDouble(), stats.Get("community.stats.overdueFeedback").GetInt32());
    }
}
