using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

/// <summary>The week's best study group: the rule (rate, then reviews, then time) and the award given once.</summary>
[Collection(HostCollection.Name)]
public sealed class BestStudyGroupTests(TestHost host)
{
    private const string Paris = "Europe/Paris";
    private const string Best = "query($w: Date) { bestStudyGroupOfWeek(weekOf: $w) { group { id } weekOf checkInRate } }";
    private const string Award = "mutation($w: Date) { awardBestStudyGroup(weekOf: $w) { group { id } weekOf checkInRate } }";

    [Fact]
    public async Task A_tie_in_check_in_rate_goes_to_the_group_with_more_peer_reviews()
    {
        var (_, alice, _, carol, dave) = await TwoGroupsOfTwo();
        var monday = StartOfNextWeek();
        await alice.CheckInId("g1");
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var carols = await carol.CheckInId("g2");
        (await dave.Review("g2", carols, 4)).EnsureSuccess();
        StartOfNextWeek();

        var best = (await alice.Send(Best, new { w = Iso(monday.AddDays(3)) })).EnsureSuccess();

        Assert.Equal("g2", best.Get("bestStudyGroupOfWeek.group.id").GetString());
        Assert.Equal(Iso(monday), best.Get("bestStudyGroupOfWeek.weekOf").GetString());
        Assert.Equal(1.0 / 14, best.Get("bestStudyGroupOfWeek.checkInRate").GetDouble(), 6);
    }

    [Fact]
    public async Task A_tie_in_rate_and_reviews_goes_to_the_group_that_reached_its_count_first()
    {
        var (_, alice, _, carol, _) = await TwoGroupsOfTwo();
        StartOfNextWeek();
        await carol.CheckInId("g2");
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await alice.CheckInId("g1");
        StartOfNextWeek();

        var best = (await alice.Send(Best)).EnsureSuccess();

        Assert.Equal("g2", best.Get("bestStudyGroupOfWeek.group.id").GetString());
    }

    [Fact]
    public async Task The_award_waits_for_the_week_to_end_then_badges_the_winners_once()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var moderator = await community.Member("mo", Role.Moderator);
        (await alice.CreateGroup("g1")).EnsureSuccess();
        (await bob.CreateGroup("g2")).EnsureSuccess();
        (await carol.JoinGroup("g2")).EnsureSuccess();
        var monday = StartOfNextWeek();
        await alice.CheckInId("g1");
        var bobs = await bob.CheckInId("g2");
        (await carol.Review("g2", bobs, 5)).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        await alice.CheckInId("g1");

        Assert.Contains("weekOf", (await moderator.Send(Award, new { w = Iso(monday) })).ExpectError(ErrorCodes.BadUserInput));
        StartOfNextWeek();
        var first = (await moderator.Send(Award)).EnsureSuccess();
        var again = (await moderator.Send(Award, new { w = Iso(monday) })).EnsureSuccess();

        Assert.Equal(("g1", Iso(monday)), (first.Get("awardBestStudyGroup.group.id").GetString(), first.Get("awardBestStudyGroup.weekOf").GetString()));
        Assert.Equal(2.0 / 7, first.Get("awardBestStudyGroup.checkInRate").GetDouble(), 6);
        Assert.Equal("g1", again.Get("awardBestStudyGroup.group.id").GetString());
        Assert.Equal(["Best group of the week"], await BestGroupBadges(alice, "alice"));
        Assert.Empty(await BestGroupBadges(alice, "bob"));
        Assert.Contains("BADGE_AWARDED", await alice.Kinds());
    }

    [Fact]
    public async Task A_week_without_any_check_in_has_no_best_group_and_cannot_be_awarded()
    {
        var community = await host.NewCommunity(Paris);
        var moderator = await community.Member("mo", Role.Moderator);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await moderator.Send(Best)).EnsureSuccess().Get("bestStudyGroupOfWeek").ValueKind);
        (await moderator.Send(Award)).ExpectError(ErrorCodes.NotFound);
    }

    private async Task<List<string>> BestGroupBadges(GraphQLClient reader, string memberId) =>
        (await reader.Send("query($id: ID!) { member(id: $id) { badges { badge { id name } } } }", new { id = memberId })).EnsureSuccess()
            .Get("member.badges").EnumerateArray()
            .Where(b => b.GetProperty("badge").GetProperty("id").GetString() == AutomaticBadges.BestGroup)
            .Select(b => b.GetProperty("badge").GetProperty("name").GetString()!)
            .ToList();

    /// <summary>g1 of alice and bob, g2 of carol and dave, in a Paris community.</summary>
    private async Task<(TestCommunity Community, GraphQLClient Alice, GraphQLClient Bob, GraphQLClient Carol, GraphQLClient Dave)> TwoGroupsOfTwo()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var dave = await community.Member("dave");
        (await alice.CreateGroup("g1")).EnsureSuccess();
        (await bob.JoinGroup("g1")).EnsureSuccess();
        (await carol.CreateGroup("g2")).EnsureSuccess();
        (await dave.JoinGroup("g2")).EnsureSuccess();
        return (community, alice, bob, carol, dave);
    }

    /// <summary>Moves the shared clock to 10:00 on the next Monday in Paris and returns that Monday.</summary>
    private DateOnly StartOfNextWeek()
    {
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(10, 0), DayOfWeek.Monday));
        return host.LocalDate(Paris);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
