using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Feedback;

[Collection(HostCollection.Name)]
public sealed class FeedbackVisibilityTests(TestHost host)
{
    private const string Secret = "whistle-7q3";

    [Fact]
    public async Task No_response_to_anyone_reveals_the_author_of_anonymous_feedback()
    {
        var community = await host.NewCommunity();
        var author = await community.Member(Secret, displayName: "Quiet Person");
        var bob = await community.Member("bob");
        var mod = await community.Member("mo", Role.Moderator);
        var submitted = (await author.Submit("The organizers ignored my emails twice.", anonymous: true)).EnsureSuccess();
        var id = submitted.Get("submitFeedback.id").GetString()!;
        (await mod.Triage(id, "SERVICE", "HIGH")).EnsureSuccess();
        (await mod.Reply(id)).EnsureSuccess();

        var seen = new List<GraphQLResponse>
        {
            await mod.Read(id),
            await mod.Items(),
            await mod.Resolve(id),
            await mod.Board(),
            await bob.Read(id),
            await bob.Board(),
            await community.Admin.Items(),
        };

        Assert.Equal(JsonValueKind.Null, submitted.Get("submitFeedback.author").ValueKind);
        Assert.All(seen, r => r.EnsureSuccess());
        Assert.All(seen, r => Assert.DoesNotContain(Secret, r.Body));
        Assert.All(seen, r => Assert.DoesNotContain("Quiet Person", r.Body));
        Assert.Equal(JsonValueKind.Null, seen[0].Get("feedback.author").ValueKind);
        Assert.Equal([id], seen[3].Ids("feedbackBoard"));

        // Credited only once the community day is over, so the balance does not move when the item appears.
        Assert.Equal(0, await author.Points());
        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(5, await author.Points());
    }

    [Fact]
    public async Task The_author_of_anonymous_feedback_does_not_find_it_among_their_items()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var named = await alice.SubmitId("Please add an option to export my history.");
        var anonymous = await alice.SubmitId("The venue was far too crowded.", anonymous: true);

        Assert.Equal([named], (await alice.Items()).Ids("feedbackItems"));
        Assert.Equal(1, (await alice.Items()).Get("feedbackItems.totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await alice.Read(anonymous)).EnsureSuccess().Get("feedback").ValueKind);
    }

    [Fact]
    public async Task A_member_sees_their_own_items_but_not_those_of_others()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var id = await alice.SubmitId("Is there a discount for seniors?");

        Assert.Equal(id, (await alice.Read(id)).EnsureSuccess().Get("feedback.id").GetString());
        Assert.Equal("alice", (await alice.Read(id)).Get("feedback.author.id").GetString());
        Assert.Equal(JsonValueKind.Null, (await bob.Read(id)).EnsureSuccess().Get("feedback").ValueKind);
        Assert.Empty((await bob.Items()).Ids("feedbackItems"));
    }

    [Fact]
    public async Task The_assignee_reads_the_item_they_work_on_without_learning_an_anonymous_author()
    {
        var community = await host.NewCommunity();
        var author = await community.Member(Secret);
        var helper = await community.Member("helper");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await author.SubmitId("Nobody answered the hotline on Sunday.", anonymous: true);
        (await mod.Triage(id, "SERVICE", "MEDIUM", assigneeId: "helper")).EnsureSuccess();

        var read = (await helper.Read(id)).EnsureSuccess();

        Assert.Equal(id, read.Get("feedback.id").GetString());
        Assert.DoesNotContain(Secret, read.Body);
    }

    [Fact]
    public async Task A_public_resolution_is_visible_to_everyone_and_a_private_one_is_not()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var mod = await community.Member("mo", Role.Moderator);
        var open = await alice.SubmitId("Signing up took too many steps.");
        var shared = await alice.SubmitId("Fonts on the event page are tiny.");
        var kept = await alice.SubmitId("I was charged twice for a ticket.");
        (await mod.Resolve(shared)).EnsureSuccess();
        (await mod.Resolve(kept, isPublic: false, resolution: "Refunded.")).EnsureSuccess();

        Assert.Equal("RESOLVED", (await bob.Read(shared)).EnsureSuccess().Get("feedback.status").GetString());
        Assert.Equal(JsonValueKind.Null, (await bob.Read(kept)).EnsureSuccess().Get("feedback").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await bob.Read(open)).EnsureSuccess().Get("feedback").ValueKind);
        Assert.Equal([shared], (await bob.Board()).Ids("feedbackBoard"));
    }

    [Fact]
    public async Task The_board_lists_the_latest_resolution_first()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var older = await alice.SubmitId("Could you add a reminder before events?");
        var newer = await alice.SubmitId("The map is hard to find in the menu.");
        (await mod.Resolve(newer)).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromMinutes(5));
        (await mod.Resolve(older)).EnsureSuccess();

        var board = await alice.Board();

        Assert.Equal([older, newer], board.Ids("feedbackBoard"));
        Assert.Equal(2, board.Get("feedbackBoard.totalCount").GetInt32());
    }

    [Fact]
    public async Task The_board_pages_across_months_newest_resolution_first()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var oldest = await alice.SubmitId("The bins on Rue Verte overflow every weekend.");
        var middle = await alice.SubmitId("Please add a bench near the school gate.");
        var newest = await alice.SubmitId("The crossing light is too short for the elderly.");
        (await mod.Resolve(oldest)).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(32));
        (await mod.Resolve(middle)).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        (await mod.Resolve(newest)).EnsureSuccess();

        var seen = new List<string>();
        var pages = new List<(bool HasNext, int Total)>();
        string? after = null;
        do
        {
            var page = (await alice.Board(first: 1, after: after)).EnsureSuccess();
            seen.AddRange(page.Ids("feedbackBoard"));
            pages.Add((page.Get("feedbackBoard.pageInfo.hasNextPage").GetBoolean(), page.Get("feedbackBoard.totalCount").GetInt32()));
            after = page.Get("feedbackBoard.pageInfo.endCursor").GetString();
        }
        while (pages[^1].HasNext);

        Assert.Equal([newest, middle, oldest], seen);
        Assert.Equal([(true, 3), (true, 3), (false, 3)], pages);
        var two = (await alice.Board(first: 2)).EnsureSuccess();
        Assert.Equal([newest, middle], two.Ids("feedbackBoard"));
        Assert.Equal([oldest], (await alice.Board(first: 2, after: two.Get("feedbackBoard.pageInfo.endCursor").GetString())).Ids("feedbackBoard"));
    }

    [Fact]
    public async Task Moderators_page_through_every_item_newest_first()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var mod = await community.Member("mo", Role.Moderator);
        var submitted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(1));
            submitted.Add(await (i % 2 == 0 ? alice : bob).SubmitId($"Idea number {i}: please add more workshops.", anonymous: i == 3));
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await mod.Items(first: 2, after: after)).EnsureSuccess();
            Assert.Equal(5, page.Get("feedbackItems.totalCount").GetInt32());
            seen.AddRange(page.Ids("feedbackItems"));
            after = page.Get("feedbackItems.pageInfo.hasNextPage").GetBoolean() ? page.Get("feedbackItems.pageInfo.endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(Enumerable.Reverse(submitted), seen);
    }

    [Fact]
    public async Task Moderators_filter_by_status_and_category()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var bug = await alice.SubmitId("The app crashes when I upload a photo.");
        var price = await alice.SubmitId("The membership fee is too expensive.");
        (await mod.Triage(price, "PRICING", "LOW")).EnsureSuccess();

        Assert.Equal([price], (await mod.Items(status: "TRIAGED")).Ids("feedbackItems"));
        Assert.Equal([bug], (await mod.Items(status: "NEW")).Ids("feedbackItems"));
        Assert.Equal([bug], (await mod.Items(category: "BUG")).Ids("feedbackItems"));
        Assert.Equal(1, (await mod.Items(category: "PRICING")).Get("feedbackItems.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_cursor_of_another_listing_is_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        await alice.SubmitId("First.");
        await alice.SubmitId("Second.");
        var cursor = (await mod.Items(first: 1)).EnsureSuccess().Get("feedbackItems.pageInfo.endCursor").GetString();

        (await mod.Board(after: cursor)).ExpectError(ErrorCodes.BadUserInput);
    }
}
