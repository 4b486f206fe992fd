using System.Text.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

[Collection(HostCollection.Name)]
public sealed class StreakTests(TestHost host)
{
    private const string Paris = "Europe/Paris";
    private const string StreakQuery = "{ me { points badges { badge { id } } } studyGroup(id: \"g\") { groupStreak memberStreaks { member { id } current longest lastCheckIn certified } } }";

    [Fact]
    public async Task Thirty_days_in_a_row_earn_the_certificate_exactly_once()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(12, 0)));

        for (var day = 1; day <= 29; day++)
        {
            (await alice.CheckIn("g")).EnsureSuccess();
            host.Time.Advance(TimeSpan.FromDays(1));
        }

        var before = (await alice.Send(StreakQuery)).EnsureSuccess();
        Assert.False(before.Get("studyGroup.memberStreaks.0.certified").GetBoolean());
        (await alice.CheckIn("g")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        (await alice.CheckIn("g")).EnsureSuccess();

        var after = (await alice.Send(StreakQuery)).EnsureSuccess();
        Assert.Equal(31, after.Get("studyGroup.memberStreaks.0.current").GetInt32());
        Assert.True(after.Get("studyGroup.memberStreaks.0.certified").GetBoolean());
        Assert.Single(after.Get("me.badges").EnumerateArray(), b => b.GetProperty("badge").GetProperty("id").GetString() == "STREAK_30");
        Assert.Equal(31 * 2, after.Get("me.points").GetInt32());
    }

    [Fact]
    public async Task A_missed_day_resets_the_current_streak_but_keeps_the_longest()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(8, 0)));
        for (var day = 1; day <= 3; day++)
        {
            (await alice.CheckIn("g")).EnsureSuccess();
            host.Time.Advance(TimeSpan.FromDays(1));
        }

        var yesterdayStillCounts = (await alice.Send(StreakQuery)).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        var broken = (await alice.Send(StreakQuery)).EnsureSuccess();
        (await alice.CheckIn("g")).EnsureSuccess();
        var restarted = (await alice.Send(StreakQuery)).EnsureSuccess();

        Assert.Equal(3, yesterdayStillCounts.Get("studyGroup.memberStreaks.0.current").GetInt32());
        Assert.Equal(0, broken.Get("studyGroup.memberStreaks.0.current").GetInt32());
        Assert.Equal(1, restarted.Get("studyGroup.memberStreaks.0.current").GetInt32());
        Assert.Equal(3, restarted.Get("studyGroup.memberStreaks.0.longest").GetInt32());
        Assert.Equal(host.LocalDate(Paris).ToString("yyyy-MM-dd"), restarted.Get("studyGroup.memberStreaks.0.lastCheckIn").GetString());
    }

    [Fact]
    public async Task In_shanghai_check_ins_at_2359_and_0001_are_two_days()
    {
        const string shanghai = "Asia/Shanghai";
        var community = await host.NewCommunity(shanghai);
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal(shanghai, new TimeOnly(23, 59)));

        var late = (await alice.CheckIn("g")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromMinutes(2));
        var early = (await alice.CheckIn("g")).EnsureSuccess();

        Assert.NotEqual(late.Get("checkIn.date").GetString(), early.Get("checkIn.date").GetString());
        var streak = (await alice.Send(StreakQuery)).EnsureSuccess();
        Assert.Equal(2, streak.Get("studyGroup.memberStreaks.0.current").GetInt32());
        Assert.Equal(4, streak.Get("me.points").GetInt32());
    }

    [Fact]
    public async Task The_group_streak_counts_only_days_on_which_every_member_checked_in()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(9, 0)));

        (await alice.CheckIn("g")).EnsureSuccess();
        var half = (await alice.Send(StreakQuery)).EnsureSuccess();
        (await bob.CheckIn("g")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        (await alice.CheckIn("g")).EnsureSuccess();
        (await bob.CheckIn("g")).EnsureSuccess();

        Assert.Equal(0, half.Get("studyGroup.groupStreak").GetInt32());
        Assert.Equal(2, (await alice.Send(StreakQuery)).EnsureSuccess().Get("studyGroup.groupStreak").GetInt32());
    }

    [Fact]
    public async Task A_member_who_has_not_checked_in_has_no_last_check_in()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();

        var streak = (await alice.Send(StreakQuery)).EnsureSuccess();

        Assert.Equal(JsonValueKind.Null, streak.Get("studyGroup.memberStreaks.0.lastCheckIn").ValueKind);
    }
}
