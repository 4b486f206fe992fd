using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Communities;

[Collection(HostCollection.Name)]
public sealed class CommunityTests(TestHost host)
{
    [Fact]
    public async Task An_admin_creates_a_community_and_members_read_it()
    {
        var community = await host.NewCommunity("Asia/Shanghai");
        var member = await community.Member("bo");

        var read = (await member.Send("{ community { id name timeZone tiers { name minLifetimePoints } } }")).EnsureSuccess();

        Assert.Equal(community.Id, read.Get("community.id").GetString());
        Assert.Equal("Asia/Shanghai", read.Get("community.timeZone").GetString());
        Assert.Equal(["BASIC", "ADVANCED", "CORE"], read.Get("community.tiers").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Only_an_admin_creates_a_community()
    {
        var moderator = host.As("new-one", "mo", Role.Moderator);
        var response = await moderator.Send("""mutation { createCommunity(input: { id: "new-one", name: "X", timeZone: "UTC" }) { id } }""");
        response.ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_token_cannot_create_another_community()
    {
        var admin = host.As("mine", "root", Role.Admin);
        var response = await admin.Send("""mutation { createCommunity(input: { id: "theirs", name: "X", timeZone: "UTC" }) { id } }""");
        response.ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_naming_the_field()
    {
        var community = await host.NewCommunity();
        var response = await community.Admin.Send("""mutation { configureCommunity(input: { timeZone: "Mars/Olympus" }) { timeZone } }""");
        Assert.Contains("timeZone", response.ExpectError(ErrorCodes.BadUserInput));

        var unchanged = (await community.Admin.Send("{ community { timeZone } }")).EnsureSuccess();
        Assert.Equal("Europe/Paris", unchanged.Get("community.timeZone").GetString());
    }

    [Fact]
    public async Task Point_rule_overrides_merge_over_the_defaults()
    {
        var community = await host.NewCommunity();
        await community.Admin.Send("mutation { configureCommunity(input: { pointRules: [{ action: VOTE, points: 7 }] }) { id } }");
        var response = (await community.Admin.Send("mutation { configureCommunity(input: { pointRules: [{ action: CHECK_IN, points: 4 }] }) { pointRules { action points } } }")).EnsureSuccess();

        var rules = response.Get("configureCommunity.pointRules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("action").GetString()!, r => r.GetProperty("points").GetInt32());
        Assert.Equal(7, rules["VOTE"]);
        Assert.Equal(4, rules["CHECK_IN"]);
        Assert.Equal(10, rules["SUGGESTION"]);
        Assert.Equal(5, rules["DISCUSSION"]);
    }

    [Fact]
    public async Task A_member_cannot_configure_the_community()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("eve");
        (await member.Send("""mutation { configureCommunity(input: { name: "Mine now" }) { name } }""")).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Stats_count_members_by_tier()
    {
        var community = await host.NewCommunity();
        await community.Member("a");
        await community.Member("b");

        var stats = (await community.Admin.Send("{ community { stats { members membersByTier { tier members } } } }")).EnsureSuccess();

        Assert.Equal(3, stats.Get("community.stats.members").GetInt32());
        var basic = stats.Get("community.stats.membersByTier").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "BASIC");
        Assert.Equal(3, basic.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task Admins_replace_the_tier_table_and_invalid_tables_are_refused()
    {
        var community = await host.NewCommunity();
        var bad = await community.Admin.Send("""mutation { setIncentiveTiers(tiers: [{ name: "A", minLifetimePoints: 5 }]) { name } }""");
        bad.ExpectError(ErrorCodes.BadUserInput);

        var set = (await community.Admin.Send("""
            mutation { setIncentiveTiers(tiers: [
              { name: "SEED", minLifetimePoints: 0 },
              { name: "SPROUT", minLifetimePoints: 50, perks: ["Early access"] }]) { name level perks } }
            """)).EnsureSuccess();
        Assert.Equal("SPROUT", set.Get("setIncentiveTiers.1.name").GetString());
        Assert.Equal(2, set.Get("setIncentiveTiers.1.level").GetInt32());

        var tiers = (await community.Admin.Send("{ incentiveTiers { name } me { tier { name } } }")).EnsureSuccess();
        Assert.Equal(2, tiers.Get("incentiveTiers").GetArrayLength());
        Assert.Equal("SEED", tiers.Get("me.tier.name").GetString());
    }

    [Fact]
    public async Task Reading_a_community_that_does_not_exist_is_not_found()
    {
        var stranger = host.As("nowhere", "x", Role.Member);
        (await stranger.Send("{ community { name } }")).ExpectError(ErrorCodes.NotFound);
        Assert.Equal(JsonValueKind.Null, (await stranger.Send("{ me { id } }")).Get("me").ValueKind);
    }
}
