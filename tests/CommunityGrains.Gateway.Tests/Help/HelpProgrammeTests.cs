using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Help;

/// <summary>The neighbour-help programme's rules beyond the lifecycle: what volunteers wrote, both-way ratings, availability, lists and badges.</summary>
[Collection(HostCollection.Name)]
public sealed class HelpProgrammeTests(TestHost host)
{
    private const string Details = "query($id: ID!) { helpRequest(id: $id) { volunteerDetails { member { id } message at } } }";

    [Fact]
    public async Task The_author_sees_every_volunteer_and_message_each_volunteer_their_own_and_others_nothing()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var dave = await community.Member("dave");
        var id = await alice.Post();
        (await bob.Volunteer(id, "I have a van")).EnsureSuccess();
        (await carol.Volunteer(id, null)).EnsureSuccess();

        var author = (await alice.Send(Details, new { id })).EnsureSuccess().Get("helpRequest.volunteerDetails");
        var own = (await bob.Send(Details, new { id })).EnsureSuccess().Get("helpRequest.volunteerDetails");
        var other = (await dave.Send(Details, new { id })).EnsureSuccess().Get("helpRequest.volunteerDetails");

        Assert.Equal([("bob", "I have a van"), ("carol", null)], author.EnumerateArray().Select(v => (v.GetProperty("member").GetProperty("id").GetString()!, v.GetProperty("message").GetString())));
        Assert.Equal("bob", own.EnumerateArray().Single().GetProperty("member").GetProperty("id").GetString());
        Assert.Empty(other.EnumerateArray());
    }

    [Fact]
    public async Task A_volunteer_message_over_2000_characters_is_refused_and_nothing_stored()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var id = await alice.Post();

        Assert.Contains("message", (await bob.Volunteer(id, new string('x', 2001))).ExpectError(ErrorCodes.BadUserInput));
        Assert.Empty((await alice.Send(Details, new { id })).EnsureSuccess().Get("helpRequest.volunteerDetails").EnumerateArray());
    }

    [Fact]
    public async Task The_author_is_told_of_a_volunteer_and_the_accepted_helper_is_told_too()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob", displayName: "Bob Li");
        var id = await alice.Post();

        (await bob.Volunteer(id)).EnsureSuccess();
        (await alice.Accept(id, "bob")).EnsureSuccess();
        (await alice.Accept(id, "bob")).EnsureSuccess();

        var authorInbox = (await alice.Inbox()).EnsureSuccess();
        Assert.Equal(("HELP_VOLUNTEER", id), (authorInbox.Get("notifications.nodes.0.kind").GetString(), authorInbox.Get("notifications.nodes.0.subjectId").GetString()));
        Assert.Contains("Bob Li", authorInbox.Get("notifications.nodes.0.text").GetString());
        var helperInbox = (await bob.Inbox()).EnsureSuccess();
        Assert.Equal(1, helperInbox.Get("notifications.totalCount").GetInt32());
        Assert.Equal("HELP_ACCEPTED", helperInbox.Get("notifications.nodes.0.kind").GetString());
    }

    [Fact]
    public async Task The_rating_a_requester_receives_is_kept_as_their_requester_rating()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var first = await HelpRequests.Completed(alice, bob, "bob");
        var second = await HelpRequests.Completed(alice, bob, "bob");
        const string Ratings = "{ member(id: \"alice\") { requesterRating helperRating } }";
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await bob.Send(Ratings)).EnsureSuccess().Get("member.requesterRating").ValueKind);

        (await bob.Rate(first, 5)).EnsureSuccess();
        (await bob.Rate(second, 2)).EnsureSuccess();
        (await alice.Rate(first, 4)).EnsureSuccess();

        var alicesRatings = (await bob.Send(Ratings)).EnsureSuccess();
        Assert.Equal(3.5, alicesRatings.Get("member.requesterRating").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, alicesRatings.Get("member.helperRating").ValueKind);
        Assert.Equal(4, (await alice.Send("{ member(id: \"bob\") { helperRating } }")).EnsureSuccess().Get("member.helperRating").GetDouble());
    }

    [Fact]
    public async Task Availability_is_stored_and_matching_puts_overlapping_offers_first()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var near = await community.Member("near");
        var evening = await community.Member("evening");
        var need = await alice.PostWithWindows("NEED", HelpRequests.At(0), [new { weekday = 6, from = "18:00", to = "21:00" }]);
        var closeButMorning = await near.PostWithWindows("OFFER", HelpRequests.At(0.1), [new { weekday = 6, from = "08:00", to = "12:00" }]);
        var fartherButEvening = await evening.PostWithWindows("OFFER", HelpRequests.At(2), [new { weekday = 6, from = "20:00", to = "23:00" }]);

        var stored = (await alice.Send("query($id: ID!) { helpRequest(id: $id) { availability { weekday from to } } }", new { id = need })).EnsureSuccess();
        var matches = (await alice.Matches(need)).EnsureSuccess();

        Assert.Equal((6, "18:00", "21:00"), (stored.Get("helpRequest.availability.0.weekday").GetInt32(), stored.Get("helpRequest.availability.0.from").GetString(), stored.Get("helpRequest.availability.0.to").GetString()));
        Assert.Equal([fartherButEvening, closeButMorning], matches.Get("helpMatches").EnumerateArray().Select(m => m.GetProperty("request").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData(0, "10:00", "11:00", "input.availability[0].weekday")]
    [InlineData(1, "10:00", "09:00", "input.availability[0].to")]
    [InlineData(1, "10h", "11:00", "input.availability[0].from")]
    public async Task A_bad_availability_window_is_refused_naming_it(int weekday, string from, string to, string field)
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var refused = await alice.PostWithWindowsRaw("NEED", HelpRequests.At(0), [new { weekday, from, to }], id: "bad");

        Assert.Contains(field, refused.ExpectError(ErrorCodes.BadUserInput));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await alice.Read("bad")).EnsureSuccess().Get("helpRequest").ValueKind);
    }

    [Fact]
    public async Task My_help_requests_lists_only_the_callers_newest_first_and_filters_by_status()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var older = await alice.Post(title: "Older");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var completed = await HelpRequests.Completed(alice, bob, "bob");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await bob.Post(title: "Not alice's");
        const string Mine = "query($s: HelpStatus, $first: Int, $after: String) { myHelpRequests(status: $s, first: $first, after: $after) { totalCount nodes { id status } pageInfo { hasNextPage endCursor } } }";

        var all = (await alice.Send(Mine)).EnsureSuccess();
        var done = (await alice.Send(Mine, new { s = "COMPLETED" })).EnsureSuccess();
        var firstPage = (await alice.Send(Mine, new { first = 1 })).EnsureSuccess();
        var secondPage = (await alice.Send(Mine, new { first = 1, after = firstPage.Get("myHelpRequests.pageInfo.endCursor").GetString() })).EnsureSuccess();

        Assert.Equal([completed, older], all.Get("myHelpRequests.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(completed, done.Get("myHelpRequests.nodes").EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Equal(older, secondPage.Get("myHelpRequests.nodes.0.id").GetString());
        Assert.False(secondPage.Get("myHelpRequests.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task The_story_wall_shows_completed_helps_newest_first_with_their_rating_comments()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var first = await HelpRequests.Completed(alice, bob, "bob");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await HelpRequests.Completed(alice, bob, "bob");
        await alice.Post(title: "Still open");
        (await alice.Rate(first, 5, "Bob carried the sofa up four floors")).EnsureSuccess();

        var wall = (await bob.Send("{ helpStories { totalCount nodes { id status ratings { stars comment } } } }")).EnsureSuccess();

        Assert.Equal([second, first], wall.Get("helpStories.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal("Bob carried the sofa up four floors", wall.Get("helpStories.nodes.1.ratings.0.comment").GetString());
    }

    [Fact]
    public async Task The_fifth_offer_posted_earns_neighbor_expert_once()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        const string Me = "{ me { helpOffersPosted badges { badge { id } } } }";
        for (var i = 0; i < 4; i++)
        {
            await alice.Post(kind: "OFFER", id: $"offer-{i}");
        }

        await alice.Post(kind: "NEED");
        Assert.DoesNotContain("NEIGHBOR_EXPERT", Badges(await alice.Send(Me)));

        await alice.Post(kind: "OFFER", id: "offer-4");
        await alice.Post(kind: "OFFER", id: "offer-4");
        await alice.Post(kind: "OFFER", id: "offer-5");

        var me = (await alice.Send(Me)).EnsureSuccess();
        Assert.Equal(6, me.Get("me.helpOffersPosted").GetInt32());
        Assert.Single(Badges(me), b => b == "NEIGHBOR_EXPERT");
    }

    private static List<string> Badges(GraphQLResponse response) =>
        response.EnsureSuccess().Get("me.badges").EnumerateArray().Select(b => b.GetProperty("badge").GetProperty("id").GetString()!).ToList();
}
