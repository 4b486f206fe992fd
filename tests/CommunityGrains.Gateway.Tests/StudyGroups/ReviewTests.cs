using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

[Collection(HostCollection.Name)]
public sealed class ReviewTests(TestHost host)
{
    private const string Paris = "Europe/Paris";

    [Fact]
    public async Task A_member_cannot_review_their_own_check_in()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        var checkIn = await alice.CheckInId("g");

        (await alice.Review("g", checkIn, 5)).ExpectError(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task A_peer_review_earns_points_once_and_a_repeat_replaces_it()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        var checkIn = await alice.CheckInId("g", "conjugations");

        (await bob.Review("g", checkIn, 3, "ok")).EnsureSuccess();
        var repeat = (await bob.Review("g", checkIn, 5, "great")).EnsureSuccess();

        Assert.Single(repeat.Get("reviewCheckIn.reviews").EnumerateArray());
        Assert.Equal(5, repeat.Get("reviewCheckIn.reviews.0.rating").GetInt32());
        Assert.Equal("great", repeat.Get("reviewCheckIn.reviews.0.comment").GetString());
        Assert.Equal(2, (await bob.Send("{ me { points } }")).EnsureSuccess().Get("me.points").GetInt32());
    }

    [Fact]
    public async Task Someone_outside_the_group_cannot_review()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        var checkIn = await alice.CheckInId("g");

        (await (await community.Member("eve")).Review("g", checkIn, 4)).ExpectError(ErrorCodes.Forbidden);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_rating_outside_one_to_five_is_refused(int rating)
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        var checkIn = await alice.CheckInId("g");

        Assert.Contains("rating", (await bob.Review("g", checkIn, rating)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Reviewing_a_check_in_that_does_not_exist_is_not_found()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();

        (await bob.Review("g", host.LocalDate("Europe/Paris").ToString("yyyy-MM-dd") + ":alice", 4)).ExpectError(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Only_the_mentor_or_a_moderator_can_highlight_a_check_in()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mentor = await community.Member("mentor");
        var moderator = await community.Member("mo", Role.Moderator);
        (await alice.CreateGroup("g", mentorId: "mentor")).EnsureSuccess();
        var checkIn = await alice.CheckInId("g");

        (await alice.Highlight("g", checkIn)).ExpectError(ErrorCodes.Forbidden);
        Assert.True((await mentor.Highlight("g", checkIn)).EnsureSuccess().Get("highlightCheckIn.highlighted").GetBoolean());
        (await moderator.Highlight("g", checkIn)).EnsureSuccess();
    }

    [Fact]
    public async Task The_weekly_review_counts_days_reviews_and_highlights_of_the_week_so_far()
    {
        var (alice, bob, mentor) = await GroupWithMentor();
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(10, 0), DayOfWeek.Monday));
        var monday = host.LocalDate(Paris);

        var aliceMonday = await alice.CheckInId("g", "monday notes");
        (await bob.CheckIn("g")).EnsureSuccess();
        (await bob.Review("g", aliceMonday, 4)).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        var aliceTuesday = await alice.CheckInId("g", "tuesday notes");
        (await mentor.Highlight("g", aliceTuesday)).EnsureSuccess();

        var review = (await alice.Send(
            "query($w: Date) { studyGroup(id: \"g\") { current: weeklyReview { weekOf checkInRate members { member { id } daysCheckedIn reviewsGiven } highlighted { note } } byDate: weeklyReview(weekOf: $w) { weekOf checkInRate } } }",
            new { w = monday.AddDays(1).ToString("yyyy-MM-dd") })).EnsureSuccess();

        Assert.Equal(monday.ToString("yyyy-MM-dd"), review.Get("studyGroup.current.weekOf").GetString());
        Assert.Equal(0.75, review.Get("studyGroup.current.checkInRate").GetDouble(), 3);
        Assert.Equal(0.75, review.Get("studyGroup.byDate.checkInRate").GetDouble(), 3);
        var members = review.Get("studyGroup.current.members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("member").GetProperty("id").GetString()!, m => (Days: m.GetProperty("daysCheckedIn").GetInt32(), Reviews: m.GetProperty("reviewsGiven").GetInt32()));
        Assert.Equal((2, 0), members["alice"]);
        Assert.Equal((1, 1), members["bob"]);
        Assert.Equal("tuesday notes", review.Get("studyGroup.current.highlighted.0.note").GetString());
    }

    [Fact]
    public async Task A_check_in_keeps_its_reviews_and_can_still_be_reviewed_and_highlighted_after_its_day_is_over()
    {
        var (alice, bob, mentor) = await GroupWithMentor();
        var aliceDayOne = await alice.CheckInId("g", "day one");
        (await bob.Review("g", aliceDayOne, 3)).EnsureSuccess();
        var dayOne = host.LocalDate(Paris);

        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(9, 0)));
        (await bob.CheckIn("g", "bob's day two")).EnsureSuccess();
        (await mentor.Review("g", aliceDayOne, 5)).EnsureSuccess();
        (await mentor.Highlight("g", aliceDayOne)).EnsureSuccess();

        var read = (await alice.Send(
            "query($d: Date) { studyGroup(id: \"g\") { today: checkIns { note } then: checkIns(date: $d) { note highlighted reviews { rating } } } }",
            new { d = dayOne.ToString("yyyy-MM-dd") })).EnsureSuccess();
        Assert.Equal("bob's day two", read.Get("studyGroup.today.0.note").GetString());
        Assert.Equal(1, read.Get("studyGroup.today").GetArrayLength());
        Assert.Equal("day one", read.Get("studyGroup.then.0.note").GetString());
        Assert.True(read.Get("studyGroup.then.0.highlighted").GetBoolean());
        Assert.Equal([3, 5], read.Get("studyGroup.then.0.reviews").EnumerateArray().Select(r => r.GetProperty("rating").GetInt32()));
    }


    /// <summary>A group "g" in a Paris community: alice created it, bob joined, mentor mentors it.</summary>
    private async Task<(GraphQLClient Alice, GraphQLClient Bob, GraphQLClient Mentor)> GroupWithMentor()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var mentor = await community.Member("mentor");
        (await alice.CreateGroup("g", mentorId: "mentor")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        return (alice, bob, mentor);
    }
}
