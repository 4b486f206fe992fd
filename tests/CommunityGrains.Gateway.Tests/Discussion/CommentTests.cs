using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;

namespace CommunityGrains.Gateway.Tests.Discussion;

[Collection(HostCollection.Name)]
public sealed class CommentTests(TestHost host)
{
    [Fact]
    public async Task A_comment_appears_in_the_proposals_thread_with_its_author()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");

        (await bob.Comment(proposal, "Good idea, the north exit needs it.")).EnsureSuccess();
        var thread = (await steps.Author.Send($"query($id: ID!) {{ proposal(id: $id) {{ thread {{ commentCount comments {{ nodes {{ body author {{ id }} }} }} }} }} }}", new { id = proposal })).EnsureSuccess();

        Assert.Equal(1, thread.Get("proposal.thread.commentCount").GetInt32());
        Assert.Equal(("Good idea, the north exit needs it.", "bob"), (thread.Get("proposal.thread.comments.nodes.0.body").GetString(), thread.Get("proposal.thread.comments.nodes.0.author.id").GetString()));
    }

    [Fact]
    public async Task A_retried_post_with_the_same_id_posts_once_and_awards_once()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var before = await bob.Points();

        (await bob.Comment(proposal, "Once only", id: "retry-1")).EnsureSuccess();
        (await bob.Comment(proposal, "Once only", id: "retry-1")).EnsureSuccess();

        Assert.Equal(1, (await bob.Thread(proposal)).EnsureSuccess().Get("thread.comments.totalCount").GetInt32());
        Assert.Equal(before + 5, await bob.Points());
    }

    [Fact]
    public async Task Comments_page_in_posting_order_across_page_grains()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        for (var i = 0; i < 55; i++)
        {
            (await bob.Comment(proposal, $"comment {i}")).EnsureSuccess();
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await bob.Thread(proposal, first: 20, after: after)).EnsureSuccess();
            seen.AddRange(page.Get("thread.comments.nodes").EnumerateArray().Select(n => n.GetProperty("body").GetString()!));
            after = page.Get("thread.comments.pageInfo.hasNextPage").GetBoolean() ? page.Get("thread.comments.pageInfo.endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(Enumerable.Range(0, 55).Select(i => $"comment {i}"), seen);
    }

    [Fact]
    public async Task A_reply_to_a_reply_or_to_another_threads_comment_is_refused()
    {
        var steps = await ProposalSteps.Start(host);
        var first = await steps.Submitted();
        var second = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var top = await bob.CommentId(first, "Top level");
        var reply = await steps.Author.CommentId(first, "A reply", replyToId: top);

        var nested = (await bob.Comment(first, "Too deep", replyToId: reply)).ExpectError(ErrorCodes.BadUserInput);
        var elsewhere = (await bob.Comment(second, "Wrong thread", replyToId: top)).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("input.replyToId", nested);
        Assert.Contains("another thread", elsewhere);
        Assert.Equal(0, (await bob.Thread(second)).EnsureSuccess().Get("thread.commentCount").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_body_is_refused_and_nothing_is_stored(string body)
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();

        var message = (await steps.Author.Comment(proposal, body)).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("input.body", message);
        Assert.Equal(0, (await steps.Author.Thread(proposal)).EnsureSuccess().Get("thread.commentCount").GetInt32());
    }

    [Fact]
    public async Task An_overlong_body_is_refused()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();

        var message = (await steps.Author.Comment(proposal, new string('x', 5001))).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("input.body: must be at most 5000 characters", message);
    }

    [Fact]
    public async Task The_author_edits_within_15_minutes_and_not_after()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var id = await steps.Author.CommentId(proposal, "Frist!");
        const string Edit = "mutation($id: ID!, $body: String!) { editComment(commentId: $id, body: $body) { body editedAt } }";

        var edited = (await steps.Author.Send(Edit, new { id, body = "First!" })).EnsureSuccess();
        var byOther = await steps.Moderator.Send(Edit, new { id, body = "Hijacked" });
        host.Time.Advance(TimeSpan.FromMinutes(16));
        var late = await steps.Author.Send(Edit, new { id, body = "Too late" });

        Assert.Equal("First!", edited.Get("editComment.body").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, edited.Get("editComment.editedAt").ValueKind);
        byOther.ExpectError(ErrorCodes.Forbidden);
        late.ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_hidden_comment_shows_its_body_only_to_its_author_and_moderators_and_the_author_is_told()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var carol = await steps.Community.Member("carol");
        var id = await bob.CommentId(proposal, "Something rude");

        var hidden = (await steps.Moderator.Send("mutation($id: ID!) { hideComment(commentId: $id, reason: \"Be kind\") { hidden body } }", new { id })).EnsureSuccess();
        var byMember = await carol.Send("mutation($id: ID!) { hideComment(commentId: $id, reason: \"x\") { hidden } }", new { id });

        Assert.True(hidden.Get("hideComment.hidden").GetBoolean());
        byMember.ExpectError(ErrorCodes.Forbidden);
        Assert.Equal("", (await carol.Thread(proposal)).EnsureSuccess().Get("thread.comments.nodes.0.body").GetString());
        Assert.Equal("Something rude", (await bob.Thread(proposal)).EnsureSuccess().Get("thread.comments.nodes.0.body").GetString());
        Assert.Equal("Something rude", (await steps.Moderator.Thread(proposal)).EnsureSuccess().Get("thread.comments.nodes.0.body").GetString());
        Assert.Equal(0, (await carol.Thread(proposal)).EnsureSuccess().Get("thread.commentCount").GetInt32());
        Assert.Contains("COMMENT_HIDDEN", await bob.Kinds());
    }

    [Fact]
    public async Task A_reaction_toggles_once_per_member_and_others_are_refused()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var id = await steps.Author.CommentId(proposal, "React to me");
        const string Toggle = "mutation($id: ID!, $e: String!) { toggleReaction(commentId: $id, emoji: $e) { reactions { emoji count reactedByMe } } }";

        var on = (await bob.Send(Toggle, new { id, e = "👍" })).EnsureSuccess();
        (await steps.Author.Send(Toggle, new { id, e = "👍" })).EnsureSuccess();
        var off = (await bob.Send(Toggle, new { id, e = "👍" })).EnsureSuccess();
        var refused = (await bob.Send(Toggle, new { id, e = "💩" })).ExpectError(ErrorCodes.BadUserInput);

        Assert.Equal((1, true), (on.Get("toggleReaction.reactions.0.count").GetInt32(), on.Get("toggleReaction.reactions.0.reactedByMe").GetBoolean()));
        Assert.Equal((1, false), (off.Get("toggleReaction.reactions.0.count").GetInt32(), off.Get("toggleReaction.reactions.0.reactedByMe").GetBoolean()));
        Assert.Contains("emoji", refused);
    }

    [Fact]
    public async Task A_study_group_thread_is_for_its_members_and_mentor_only()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var outsider = await community.Member("eve");
        (await alice.Send("mutation { createStudyGroup(input: { id: \"sg1\", name: \"Readers\", goal: \"Read daily\", capacity: 5 }) { id } }")).EnsureSuccess();

        (await alice.Comment("sg1", "Welcome, readers", subject: "STUDY_GROUP")).EnsureSuccess();
        var refused = await outsider.Comment("sg1", "Let me in", subject: "STUDY_GROUP");
        var read = await outsider.Thread("sg1", subject: "STUDY_GROUP");

        refused.ExpectError(ErrorCodes.NotFound);
        read.ExpectError(ErrorCodes.NotFound);
        Assert.Equal(1, (await alice.Thread("sg1", subject: "STUDY_GROUP")).EnsureSuccess().Get("thread.commentCount").GetInt32());
    }
}
