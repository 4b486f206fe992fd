using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Help;

[Collection(HostCollection.Name)]
public sealed class HelpLifecycleTests(TestHost host)
{
    [Fact]
    public async Task A_posted_request_is_open_with_normalised_tags_a_coarse_area_and_a_14_day_deadline()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var posted = (await alice.PostRaw("NEED", HelpRequests.At(0), ["Moving", " moving ", "Heavy"])).EnsureSuccess();

        Assert.Equal("OPEN", posted.Get("postHelpRequest.status").GetString());
        Assert.Equal("alice", posted.Get("postHelpRequest.author.id").GetString());
        Assert.Equal(["moving", "heavy"], posted.Get("postHelpRequest.tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(6, posted.Get("postHelpRequest.area").GetString()!.Length);
        var created = posted.Get("postHelpRequest.createdAt").GetDateTimeOffset();
        Assert.Equal(created.AddDays(14), posted.Get("postHelpRequest.expiresAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Posting_again_with_the_same_id_returns_the_first_request()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        await alice.Post(id: "sofa-1", title: "First");

        var again = (await alice.PostRaw("OFFER", HelpRequests.At(1), id: "sofa-1", title: "Second")).EnsureSuccess();

        Assert.Equal("First", again.Get("postHelpRequest.title").GetString());
        Assert.Equal("NEED", again.Get("postHelpRequest.kind").GetString());
        Assert.Equal(1, await OpenRequests(community));
    }

    [Fact]
    public async Task Another_member_posting_under_a_taken_id_is_a_conflict()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        await alice.Post(id: "taken");

        (await bob.PostRaw("NEED", HelpRequests.At(0), id: "taken")).ExpectError(ErrorCodes.Conflict);
    }

    [Theory]
    [InlineData(91.0, 2.35, "", "input.location.latitude")]
    [InlineData(-90.5, 2.35, "", "input.location.latitude")]
    [InlineData(48.85, 180.5, "", "input.location.longitude")]
    [InlineData(48.85, 2.35, " ", "input.title")]
    public async Task Invalid_input_is_refused_naming_the_field(double latitude, double longitude, string titleOverride, string field)
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var response = await alice.PostRaw("NEED", (latitude, longitude), title: titleOverride.Length == 0 ? "Fine title" : titleOverride);

        Assert.Contains(field, response.ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task More_than_ten_tags_are_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var response = await alice.PostRaw("NEED", HelpRequests.At(0), Enumerable.Range(1, 11).Select(i => $"t{i}").ToArray());

        Assert.Contains("input.tags", response.ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_deadline_in_the_past_is_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var response = await alice.PostRaw("NEED", HelpRequests.At(0), expiresAt: HelpRequests.Iso(host.Time.GetUtcNow().AddHours(-1)));

        Assert.Contains("input.expiresAt", response.ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_need_is_matched_completed_and_rated_by_both_sides()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await alice.Post();

        Assert.Equal("bob", (await bob.Volunteer(request)).EnsureSuccess().Get("volunteerForHelpRequest.volunteers.0.id").GetString());
        var matched = (await alice.Accept(request, "bob")).EnsureSuccess();
        Assert.Equal("MATCHED", matched.Get("acceptHelper.status").GetString());
        Assert.Equal("bob", matched.Get("acceptHelper.helper.id").GetString());
        var completed = (await alice.Complete(request)).EnsureSuccess();
        Assert.Equal("COMPLETED", completed.Get("completeHelpRequest.status").GetString());
        Assert.NotEqual(JsonValueKind.Null, completed.Get("completeHelpRequest.completedAt").ValueKind);
        (await alice.Rate(request, 5, "Super quick")).EnsureSuccess();
        var rated = (await bob.Rate(request, 4)).EnsureSuccess();

        var ratings = rated.Get("rateHelp.ratings").EnumerateArray().ToList();
        Assert.Equal(2, ratings.Count);
        Assert.Equal(("alice", "bob", 5), (ratings[0].GetProperty("from").GetProperty("id").GetString(), ratings[0].GetProperty("to").GetProperty("id").GetString(), ratings[0].GetProperty("stars").GetInt32()));
        Assert.Equal(("bob", "alice", 4), (ratings[1].GetProperty("from").GetProperty("id").GetString(), ratings[1].GetProperty("to").GetProperty("id").GetString(), ratings[1].GetProperty("stars").GetInt32()));
    }

    [Fact]
    public async Task Completion_earns_the_helper_points_and_a_help_and_the_authors_rating_sets_the_helper_rating()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await HelpRequests.Completed(alice, bob, "bob");

        var afterCompletion = (await bob.Send("{ me { points helpsCompleted helperRating } }")).EnsureSuccess();
        Assert.Equal(10, afterCompletion.Get("me.points").GetInt32());
        Assert.Equal(1, afterCompletion.Get("me.helpsCompleted").GetInt32());
        Assert.Equal(JsonValueKind.Null, afterCompletion.Get("me.helperRating").ValueKind);

        (await alice.Rate(request, 4)).EnsureSuccess();
        (await bob.Rate(request, 2)).EnsureSuccess();

        Assert.Equal(4.0, (await bob.Send("{ me { helperRating } }")).EnsureSuccess().Get("me.helperRating").GetDouble());
        Assert.Equal(JsonValueKind.Null, (await alice.Send("{ me { helperRating } }")).EnsureSuccess().Get("me.helperRating").ValueKind);
    }

    [Fact]
    public async Task Completing_again_earns_nothing_more()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await HelpRequests.Completed(alice, bob, "bob");

        (await alice.Complete(request)).EnsureSuccess();

        var me = (await bob.Send("{ me { points helpsCompleted } }")).EnsureSuccess();
        Assert.Equal((10, 1), (me.Get("me.points").GetInt32(), me.Get("me.helpsCompleted").GetInt32()));
    }

    [Fact]
    public async Task The_tenth_completed_help_earns_the_helper_10_badge()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        for (var i = 1; i <= 9; i++)
        {
            await HelpRequests.Completed(alice, bob, "bob");
        }

        Assert.Empty((await bob.Send("{ me { badges { badge { id } } } }")).EnsureSuccess().Get("me.badges").EnumerateArray());
        await HelpRequests.Completed(alice, bob, "bob");

        var me = (await bob.Send("{ me { helpsCompleted badges { badge { id } } } }")).EnsureSuccess();
        Assert.Equal(10, me.Get("me.helpsCompleted").GetInt32());
        Assert.Equal("HELPER_10", me.Get("me.badges.0.badge.id").GetString());
    }

    [Fact]
    public async Task The_author_cannot_volunteer_for_their_own_request()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var request = await alice.Post();

        (await alice.Volunteer(request)).ExpectError(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Volunteering_twice_lists_the_volunteer_once()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await alice.Post();
        (await bob.Volunteer(request)).EnsureSuccess();

        var again = (await bob.Volunteer(request)).EnsureSuccess();

        Assert.Single(again.Get("volunteerForHelpRequest.volunteers").EnumerateArray());
    }

    [Fact]
    public async Task Volunteering_for_a_matched_request_is_refused_naming_its_status()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var request = await alice.Post();
        (await bob.Volunteer(request)).EnsureSuccess();
        (await alice.Accept(request, "bob")).EnsureSuccess();

        Assert.Contains("MATCHED", (await carol.Volunteer(request)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Accepting_someone_who_did_not_volunteer_is_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        await community.Member("bob");
        var request = await alice.Post();

        Assert.Contains("helperId", (await alice.Accept(request, "bob")).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Only_the_author_accepts_completes_and_cancels()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await alice.Post();
        (await bob.Volunteer(request)).EnsureSuccess();

        (await bob.Accept(request, "bob")).ExpectError(ErrorCodes.Forbidden);
        (await bob.Cancel(request)).ExpectError(ErrorCodes.Forbidden);
        (await alice.Accept(request, "bob")).EnsureSuccess();
        (await bob.Complete(request)).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Completing_an_open_request_is_refused_naming_its_status()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var request = await alice.Post();

        Assert.Contains("OPEN", (await alice.Complete(request)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_matched_request_can_be_cancelled_but_a_completed_one_cannot()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var matched = await alice.Post();
        (await bob.Volunteer(matched)).EnsureSuccess();
        (await alice.Accept(matched, "bob")).EnsureSuccess();
        var completed = await HelpRequests.Completed(alice, bob, "bob");

        Assert.Equal("CANCELLED", (await alice.Cancel(matched)).EnsureSuccess().Get("cancelHelpRequest.status").GetString());
        Assert.Contains("COMPLETED", (await alice.Cancel(completed)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        Assert.Equal(JsonValueKind.Null, (await alice.Read("nope")).EnsureSuccess().Get("helpRequest").ValueKind);
        (await alice.Volunteer("nope")).ExpectError(ErrorCodes.NotFound);
        (await alice.Accept("nope", "bob")).ExpectError(ErrorCodes.NotFound);
        (await alice.Complete("nope")).ExpectError(ErrorCodes.NotFound);
        (await alice.Cancel("nope")).ExpectError(ErrorCodes.NotFound);
        (await alice.Rate("nope", 5)).ExpectError(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Rating_before_completion_is_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await alice.Post();
        (await bob.Volunteer(request)).EnsureSuccess();
        (await alice.Accept(request, "bob")).EnsureSuccess();

        Assert.Contains("MATCHED", (await alice.Rate(request, 5)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_second_rating_by_the_same_side_is_a_conflict()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await HelpRequests.Completed(alice, bob, "bob");
        (await alice.Rate(request, 5)).EnsureSuccess();

        (await alice.Rate(request, 1)).ExpectError(ErrorCodes.Conflict);
        Assert.Equal(5.0, (await bob.Send("{ me { helperRating } }")).Get("me.helperRating").GetDouble());
    }

    [Fact]
    public async Task Someone_outside_the_help_cannot_rate_it()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var request = await HelpRequests.Completed(alice, bob, "bob");

        (await carol.Rate(request, 5)).ExpectError(ErrorCodes.Forbidden);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Stars_outside_one_to_five_are_refused(int stars)
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await HelpRequests.Completed(alice, bob, "bob");

        Assert.Contains("input.stars", (await alice.Rate(request, stars)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task An_open_request_past_its_deadline_is_expired_and_leaves_the_index()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var deadline = host.Time.GetUtcNow().AddHours(2);
        var request = (await alice.PostRaw("NEED", HelpRequests.At(0), expiresAt: HelpRequests.Iso(deadline))).EnsureSuccess().Get("postHelpRequest.id").GetString()!;
        Assert.Equal(1, await OpenRequests(community));

        host.Time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(0, await OpenRequests(community));
        Assert.Empty((await bob.Near(HelpRequests.At(0))).EnsureSuccess().Get("helpRequestsNear").EnumerateArray());
        Assert.Equal("EXPIRED", (await bob.Read(request)).EnsureSuccess().Get("helpRequest.status").GetString());
        Assert.Contains("EXPIRED", (await bob.Volunteer(request)).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("EXPIRED", (await alice.Cancel(request)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Open_requests_are_counted_until_matched_or_cancelled()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var toMatch = await alice.Post();
        var toCancel = await alice.Post();
        await alice.Post();
        Assert.Equal(3, await OpenRequests(community));

        (await bob.Volunteer(toMatch)).EnsureSuccess();
        (await alice.Accept(toMatch, "bob")).EnsureSuccess();
        (await alice.Cancel(toCancel)).EnsureSuccess();

        Assert.Equal(1, await OpenRequests(community));
    }

    private static async Task<int> OpenRequests(TestCommunity community) =>
        (await community.Admin.Send("{ community { stats { openHelpRequests } } }")).EnsureSuccess().Get("community.stats.openHelpRequests").GetInt32();
}
