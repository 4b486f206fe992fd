using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

[Collection(HostCollection.Name)]
public sealed class CheckInTests(TestHost host)
{
    [Fact]
    public async Task Only_members_of_the_group_can_check_in()
    {
        var community = await host.NewCommunity();
        (await (await community.Member("alice")).CreateGroup("g")).EnsureSuccess();
        var outsider = await community.Member("outsider");

        (await outsider.CheckIn("g")).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_repeat_check_in_the_same_day_updates_the_note_without_a_second_award()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();

        var first = (await alice.CheckIn("g", "read chapter 1")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var repeat = (await alice.CheckIn("g", "read chapters 1 and 2")).EnsureSuccess();

        Assert.Equal(first.Get("checkIn.id").GetString(), repeat.Get("checkIn.id").GetString());
        Assert.Equal("read chapters 1 and 2", repeat.Get("checkIn.note").GetString());
        var read = (await alice.Send("{ me { points } studyGroup(id: \"g\") { checkIns { note } } }")).EnsureSuccess();
        Assert.Equal(2, read.Get("me.points").GetInt32());
        Assert.Equal(1, read.Get("studyGroup.checkIns").GetArrayLength());
    }

    [Fact]
    public async Task A_note_over_2000_characters_is_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();

        Assert.Contains("note", (await alice.CheckIn("g", new string('x', 2001))).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Check_ins_in_two_groups_the_same_day_earn_points_in_each()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g1")).EnsureSuccess();
        (await alice.CreateGroup("g2")).EnsureSuccess();

        (await alice.CheckIn("g1")).EnsureSuccess();
        (await alice.CheckIn("g2")).EnsureSuccess();

        Assert.Equal(4, (await alice.Send("{ me { points } }")).EnsureSuccess().Get("me.points").GetInt32());
    }

    [Fact]
    public async Task Todays_check_ins_are_counted_in_community_stats()
    {
        var community = await host.NewCommunity();
        host.Time.SetUtcNow(host.NextLocal("Europe/Paris", new TimeOnly(10, 0)));
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g1")).EnsureSuccess();
        (await bob.CreateGroup("g2")).EnsureSuccess();
        (await alice.CheckIn("g1")).EnsureSuccess();
        (await alice.CheckIn("g1")).EnsureSuccess();
        (await bob.CheckIn("g2")).EnsureSuccess();

        Assert.Equal(2, await CheckInsToday(alice));
        host.Time.SetUtcNow(host.NextLocal("Europe/Paris", new TimeOnly(10, 0)));
        Assert.Equal(0, await CheckInsToday(alice));
    }

    [Fact]
    public async Task A_member_checking_in_with_two_groups_counts_twice_even_when_check_ins_earn_no_points()
    {
        var community = await host.NewCommunity();
        (await community.Admin.Send("mutation { configureCommunity(input: { pointRules: [{ action: CHECK_IN, points: 0 }] }) { id } }")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal("Europe/Paris", new TimeOnly(10, 0)));
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g1")).EnsureSuccess();
        (await alice.CreateGroup("g2")).EnsureSuccess();
        (await alice.CheckIn("g1")).EnsureSuccess();
        (await alice.CheckIn("g2", "a new note, not a new check-in")).EnsureSuccess();
        (await alice.CheckIn("g2", "edited")).EnsureSuccess();

        Assert.Equal(2, await CheckInsToday(alice));

        host.Time.SetUtcNow(host.NextLocal("Europe/Paris", new TimeOnly(10, 0)));
        (await alice.CheckIn("g1")).EnsureSuccess();
        Assert.Equal(1, await CheckInsToday(alice));
    }

    [Fact]
    public async Task Check_ins_of_an_earlier_day_are_listed_by_date()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await alice.CheckIn("g", "day one")).EnsureSuccess();
        var dayOne = host.LocalDate("Europe/Paris");
        host.Time.SetUtcNow(host.NextLocal("Europe/Paris", new TimeOnly(9, 0)));

        var read = (await alice.Send("query($d: Date) { studyGroup(id: \"g\") { today: checkIns { id } then: checkIns(date: $d) { note date } } }", new { d = dayOne.ToString("yyyy-MM-dd") })).EnsureSuccess();

        Assert.Equal(0, read.Get("studyGroup.today").GetArrayLength());
        Assert.Equal("day one", read.Get("studyGroup.then.0.note").GetString());
    }

    private static async Task<int> CheckInsToday(GraphQLClient member) =>
        (await member.Send("{ community { stats { checkInsToday } } }")).EnsureSuccess().Get("community.stats.checkInsToday").GetInt32();
}
