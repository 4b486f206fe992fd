using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Help;

[Collection(HostCollection.Name)]
public sealed class HelpMatchingTests(TestHost host)
{
    [Fact]
    public async Task Requests_near_a_point_come_closest_first_with_distances_to_a_tenth_of_a_km()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var far = await alice.Post(at: HelpRequests.At(2.0));
        var near = await alice.Post(at: HelpRequests.At(0.5));
        await alice.Post(at: HelpRequests.At(5.0));

        var found = Candidates(await alice.Near(HelpRequests.At(0)));

        Assert.Equal([near, far], found.Select(Id));
        Assert.Equal([0.5, 2.0], found.Select(c => c.GetProperty("distanceKm").GetDouble()));
    }

    [Fact]
    public async Task A_wider_radius_reaches_further()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var five = await alice.Post(at: HelpRequests.At(0, 5.0));

        Assert.Equal([five], Candidates(await alice.Near(HelpRequests.At(0), radiusKm: 6)).Select(Id));
    }

    [Fact]
    public async Task Shared_tags_are_listed_and_outweigh_a_little_distance()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var untagged = await alice.Post(at: HelpRequests.At(0.3));
        var tagged = await alice.Post(at: HelpRequests.At(0.6), tags: ["Garden", "tools"]);

        var found = Candidates(await alice.Near(HelpRequests.At(0), tags: ["garden"]));

        Assert.Equal([tagged], found.Select(Id));
        Assert.Equal(["garden"], found[0].GetProperty("sharedTags").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain(untagged, found.Select(Id));
    }

    [Fact]
    public async Task The_kind_filter_keeps_only_that_kind()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        await alice.Post(kind: "NEED");
        var offer = await alice.Post(kind: "OFFER");

        Assert.Equal([offer], Candidates(await alice.Near(HelpRequests.At(0), kind: "OFFER")).Select(Id));
    }

    [Fact]
    public async Task An_author_with_a_better_helper_rating_ranks_first_at_equal_distance()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var rated = await HelpRequests.Completed(alice, bob, "bob");
        (await alice.Rate(rated, 5)).EnsureSuccess();
        var byCarol = await carol.Post(kind: "OFFER", at: HelpRequests.At(1));
        var byBob = await bob.Post(kind: "OFFER", at: HelpRequests.At(-1));

        var found = Candidates(await alice.Near(HelpRequests.At(0), kind: "OFFER"));

        Assert.Equal([byBob, byCarol], found.Select(Id));
        Assert.True(found[0].GetProperty("score").GetDouble() > found[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Matches_for_a_need_are_nearby_offers_best_first_without_my_own()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var need = await alice.Post(kind: "NEED", tags: ["moving"]);
        await alice.Post(kind: "OFFER", at: HelpRequests.At(0.1), tags: ["moving"]);
        await bob.Post(kind: "NEED", at: HelpRequests.At(0.2), tags: ["moving"]);
        var plainOffer = await bob.Post(kind: "OFFER", at: HelpRequests.At(0.4));
        var movingOffer = await bob.Post(kind: "OFFER", at: HelpRequests.At(1.0), tags: ["moving", "van"]);
        await bob.Post(kind: "OFFER", at: HelpRequests.At(8.0), tags: ["moving"]);

        var found = Candidates(await alice.Matches(need), "helpMatches");

        Assert.Equal([movingOffer, plainOffer], found.Select(Id));
        Assert.All(found, c => Assert.Equal("OFFER", c.GetProperty("request").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Matches_for_an_offer_are_needs()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var offer = await alice.Post(kind: "OFFER");
        var need = await bob.Post(kind: "NEED", at: HelpRequests.At(0.5));
        await bob.Post(kind: "OFFER", at: HelpRequests.At(0.5));

        Assert.Equal([need], Candidates(await alice.Matches(offer), "helpMatches").Select(Id));
    }

    [Fact]
    public async Task Matches_are_only_for_the_author()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var need = await alice.Post();

        (await bob.Matches(need)).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_matched_request_is_no_longer_found_nearby()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var request = await alice.Post();
        (await bob.Volunteer(request)).EnsureSuccess();
        (await alice.Accept(request, "bob")).EnsureSuccess();

        Assert.Empty(Candidates(await bob.Near(HelpRequests.At(0))));
    }

    [Fact]
    public async Task A_radius_beyond_the_limit_is_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        Assert.Contains("radiusKm", (await alice.Near(HelpRequests.At(0), radiusKm: 500)).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("near.latitude", (await alice.Near((95, 0))).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Requests_of_another_community_are_never_found()
    {
        var ours = await host.NewCommunity();
        var theirs = await host.NewCommunity();
        var alice = await ours.Member("alice");
        var mallory = await theirs.Member("mallory");
        await mallory.Post();

        Assert.Empty(Candidates(await alice.Near(HelpRequests.At(0))));
    }

    private static List<JsonElement> Candidates(GraphQLResponse response, string field = "helpRequestsNear") =>
        response.EnsureSuccess().Get(field).EnumerateArray().ToList();

    private static string Id(JsonElement candidate) => candidate.GetProperty("request").GetProperty("id").GetString()!;
}
