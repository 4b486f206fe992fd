using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;

namespace CommunityGrains.Gateway.Tests.Notifications;

[Collection(HostCollection.Name)]
public sealed class NotificationTests(TestHost host)
{
    [Fact]
    public async Task The_assignee_is_told_once_even_when_the_triage_is_retried()
    {
        var community = await host.NewCommunity();
        var author = await community.Member("author");
        var moderator = await community.Member("mod", Role.Moderator);
        var assignee = await community.Member("fixer");
        var item = await author.SubmitId("The lift is broken");

        (await moderator.Triage(item, assigneeId: "fixer")).EnsureSuccess();
        (await moderator.Triage(item, assigneeId: "fixer")).EnsureSuccess();
        var inbox = (await assignee.Inbox()).EnsureSuccess();

        Assert.Equal(1, inbox.Get("notifications.totalCount").GetInt32());
        Assert.Equal(("FEEDBACK_ASSIGNED", "FEEDBACK", item), (inbox.Get("notifications.nodes.0.kind").GetString(), inbox.Get("notifications.nodes.0.subject").GetString(), inbox.Get("notifications.nodes.0.subjectId").GetString()));
    }

    [Fact]
    public async Task The_author_hears_of_the_reply_and_the_resolution()
    {
        var community = await host.NewCommunity();
        var author = await community.Member("author");
        var moderator = await community.Member("mod", Role.Moderator);
        var item = await author.SubmitId("Please add benches", anonymous: true);

        (await moderator.Reply(item)).EnsureSuccess();
        (await moderator.Resolve(item)).EnsureSuccess();

        // Resolving also invites the author to the follow-up survey ("did this fix it?"), raised in the same change.
        Assert.Equal(["FEEDBACK_REPLIED", "FEEDBACK_RESOLVED", "SURVEY_INVITATION"], (await author.Kinds()).Order(StringComparer.Ordinal));
        Assert.Empty(await moderator.Kinds());
    }

    [Fact]
    public async Task Mentions_and_replies_are_told_and_unknown_members_are_ignored()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var carol = await steps.Community.Member("carol");

        var top = (await bob.Comment(proposal, "What do you think @carol and @nobody?")).EnsureSuccess();
        (await carol.Comment(proposal, "Agreed", replyToId: top.Get("postComment.id").GetString())).EnsureSuccess();

        Assert.Equal(["carol"], top.Get("postComment.mentions").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(["MENTION"], await carol.Kinds());
        Assert.Equal(["COMMENT_REPLY"], await bob.Kinds());
        Assert.Contains("bob mentioned you", (await carol.Inbox()).Get("notifications.nodes.0.text").GetString());
    }

    [Fact]
    public async Task Texts_are_in_the_communitys_language()
    {
        var community = await host.NewCommunity();
        (await community.Admin.Send("mutation { configureCommunity(input: { language: \"zh\" }) { language } }")).EnsureSuccess();
        var author = await community.Member("author");
        var moderator = await community.Member("mod", Role.Moderator);
        var item = await author.SubmitId("路灯坏了");

        (await moderator.Reply(item)).EnsureSuccess();

        Assert.Equal("你的反馈收到了回复。", (await author.Inbox()).EnsureSuccess().Get("notifications.nodes.0.text").GetString());
    }

    [Fact]
    public async Task An_unknown_language_is_refused()
    {
        var community = await host.NewCommunity();

        var message = (await community.Admin.Send("mutation { configureCommunity(input: { language: \"fr\" }) { language } }")).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("input.language", message);
        Assert.Equal("en", (await community.Admin.Send("{ community { language } }")).EnsureSuccess().Get("community.language").GetString());
    }

    [Fact]
    public async Task Marking_read_by_id_and_all_updates_the_unread_count_and_the_unread_only_filter()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var carol = await steps.Community.Member("carol");
        for (var i = 0; i < 3; i++)
        {
            (await bob.Comment(proposal, $"Ping @carol {i}")).EnsureSuccess();
        }

        var inbox = (await carol.Inbox()).EnsureSuccess();
        var newest = inbox.Get("notifications.nodes.0.id").GetString();
        var marked = (await carol.Send("mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unread } }", new { ids = new[] { newest } })).EnsureSuccess();
        var unreadOnly = (await carol.Inbox(unreadOnly: true)).EnsureSuccess();
        var all = (await carol.Send("mutation { markNotificationsRead(all: true) { unread nodes { read } } }")).EnsureSuccess();

        Assert.Equal(3, inbox.Get("notifications.unread").GetInt32());
        Assert.Equal(2, marked.Get("markNotificationsRead.unread").GetInt32());
        Assert.Equal(2, unreadOnly.Get("notifications.totalCount").GetInt32());
        Assert.DoesNotContain(newest, unreadOnly.Get("notifications.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(0, all.Get("markNotificationsRead.unread").GetInt32());
        Assert.All(all.Get("markNotificationsRead.nodes").EnumerateArray(), n => Assert.True(n.GetProperty("read").GetBoolean()));
    }

    [Fact]
    public async Task The_inbox_pages_newest_first()
    {
        var steps = await ProposalSteps.Start(host);
        var proposal = await steps.Submitted();
        var bob = await steps.Community.Member("bob");
        var carol = await steps.Community.Member("carol");
        for (var i = 0; i < 5; i++)
        {
            (await bob.Comment(proposal, $"@carol number {i}")).EnsureSuccess();
        }

        var first = (await carol.Inbox(first: 3)).EnsureSuccess();
        var second = (await carol.Inbox(first: 3, after: first.Get("notifications.pageInfo.endCursor").GetString())).EnsureSuccess();

        Assert.True(first.Get("notifications.pageInfo.hasNextPage").GetBoolean());
        Assert.False(second.Get("notifications.pageInfo.hasNextPage").GetBoolean());
        var texts = first.Get("notifications.nodes").EnumerateArray().Concat(second.Get("notifications.nodes").EnumerateArray()).Select(n => n.GetProperty("text").GetString()!).ToList();
        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(i => $"number {i}"), texts.Select(t => t[(t.IndexOf("number", StringComparison.Ordinal))..]));
    }
}
