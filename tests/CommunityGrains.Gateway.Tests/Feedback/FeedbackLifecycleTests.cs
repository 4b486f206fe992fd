using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Feedback;

[Collection(HostCollection.Name)]
public sealed class FeedbackLifecycleTests(TestHost host)
{
    [Fact]
    public async Task Submitted_feedback_is_new_credits_its_author_and_suggests_a_category()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var item = (await alice.Submit("The app crashes every time I open the map view.")).EnsureSuccess();

        Assert.Equal("NEW", item.Get("submitFeedback.status").GetString());
        Assert.Equal("BUG", item.Get("submitFeedback.suggestedCategory").GetString());
        Assert.Equal(JsonValueKind.Null, item.Get("submitFeedback.category").ValueKind);
        Assert.Equal("alice", item.Get("submitFeedback.author.id").GetString());
        Assert.Equal(5, await alice.Points());
    }

    [Fact]
    public async Task Chinese_feedback_gets_a_suggested_category_too()
    {
        var community = await host.NewCommunity("Asia/Shanghai");
        var wei = await community.Member("wei");

        var item = (await wei.Submit("会员费一年比一年贵，学生有没有优惠？")).EnsureSuccess();

        Assert.Equal("PRICING", item.Get("submitFeedback.suggestedCategory").GetString());
    }

    [Fact]
    public async Task Submitting_again_with_the_same_client_id_returns_the_same_item_and_awards_once()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var first = (await alice.Submit("Please add a dark mode.", id: "fb-retry")).EnsureSuccess();
        var retry = (await alice.Submit("Please add a dark mode.", id: "fb-retry")).EnsureSuccess();

        Assert.Equal("fb-retry", first.Get("submitFeedback.id").GetString());
        Assert.Equal(first.Get("submitFeedback.createdAt").GetString(), retry.Get("submitFeedback.createdAt").GetString());
        Assert.Equal(5, await alice.Points());
        Assert.Equal(1, (await community.As("mo", Role.Moderator).Items()).EnsureSuccess().Get("feedbackItems.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_client_id_taken_by_another_member_is_a_conflict()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.Submit("Love the picnic.", id: "fb-taken")).EnsureSuccess();

        (await bob.Submit("Mine now.", id: "fb-taken")).ExpectError(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task An_empty_body_is_refused_naming_the_field()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        Assert.Contains("input.body", (await alice.Submit("   ")).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_moderator_triages_replies_and_resolves_an_item()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitId("The check-in button does nothing.");

        var triaged = (await mod.Triage(id, "BUG", "URGENT")).EnsureSuccess();
        var replied = (await mod.Reply(id, "We can reproduce it.")).EnsureSuccess();
        var resolved = (await mod.Resolve(id, resolution: "Fixed in 2.3.1.")).EnsureSuccess();

        Assert.Equal(("TRIAGED", "BUG", "URGENT"), (triaged.Get("triageFeedback.status").GetString(), triaged.Get("triageFeedback.category").GetString(), triaged.Get("triageFeedback.priority").GetString()));
        Assert.Equal("IN_PROGRESS", replied.Get("replyToFeedback.status").GetString());
        Assert.Equal("We can reproduce it.", replied.Get("replyToFeedback.reply").GetString());
        Assert.Equal("RESOLVED", resolved.Get("resolveFeedback.status").GetString());
        Assert.Equal("Fixed in 2.3.1.", resolved.Get("resolveFeedback.resolution").GetString());
        Assert.True(resolved.Get("resolveFeedback.public").GetBoolean());
        Assert.Equal(JsonValueKind.String, resolved.Get("resolveFeedback.resolvedAt").ValueKind);
    }

    [Fact]
    public async Task The_assignee_can_reply_and_resolve_but_another_member_cannot()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var helper = await community.Member("helper");
        var bob = await community.Member("bob");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitId("The staff at the desk were unhelpful.");
        var triaged = (await mod.Triage(id, "SERVICE", "MEDIUM", assigneeId: "helper")).EnsureSuccess();

        (await bob.Reply(id)).ExpectError(ErrorCodes.Forbidden);
        (await bob.Resolve(id)).ExpectError(ErrorCodes.Forbidden);
        (await helper.Reply(id)).EnsureSuccess();
        var resolved = (await helper.Resolve(id, resolution: "We talked to the desk team.")).EnsureSuccess();

        Assert.Equal("helper", triaged.Get("triageFeedback.assignee.id").GetString());
        Assert.Equal("RESOLVED", resolved.Get("resolveFeedback.status").GetString());
    }

    [Fact]
    public async Task Only_a_moderator_triages_or_closes()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var id = await alice.SubmitId("Could you add calendar sync?");

        (await alice.Triage(id)).ExpectError(ErrorCodes.Forbidden);
        (await alice.Close(id)).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task The_assignee_must_be_a_member_who_has_joined()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitId("Could you add calendar sync?");

        Assert.Contains("assigneeId", (await mod.Triage(id, assigneeId: "nobody")).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Resolving_a_resolved_item_is_refused_naming_its_status()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitId("The page keeps loading forever.");
        (await mod.Resolve(id)).EnsureSuccess();

        Assert.Contains("RESOLVED", (await mod.Resolve(id)).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("RESOLVED", (await mod.Triage(id)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_moderator_closes_an_item_without_resolution_and_it_stays_closed()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitId("asdf asdf");

        var closed = (await mod.Close(id, "Spam")).EnsureSuccess();

        Assert.Equal("CLOSED", closed.Get("closeFeedback.status").GetString());
        Assert.False(closed.Get("closeFeedback.public").GetBoolean());
        Assert.Contains("CLOSED", (await mod.Reply(id)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Unknown_feedback_is_not_found_and_reads_as_null()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);

        (await mod.Triage("no-such-item")).ExpectError(ErrorCodes.NotFound);
        (await mod.Resolve("no-such-item")).ExpectError(ErrorCodes.NotFound);
        Assert.Equal(JsonValueKind.Null, (await mod.Read("no-such-item")).EnsureSuccess().Get("feedback").ValueKind);
    }
}
