using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Members;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Tests.Members;

[Collection(HostCollection.Name)]
public sealed class MemberTests(TestHost host)
{
    [Fact]
    public async Task Me_is_null_until_the_member_joins()
    {
        var community = await host.NewCommunity();
        var newcomer = community.As("newcomer");
        Assert.Equal(JsonValueKind.Null, (await newcomer.Send("{ me { id } }")).EnsureSuccess().Get("me").ValueKind);

        var joined = (await newcomer.Send("""mutation { joinCommunity(input: { displayName: "小明 🌸", interests: ["Gardening"] }) { id displayName interests segment points lifetimePoints tier { name } } }""")).EnsureSuccess();

        Assert.Equal("小明 🌸", joined.Get("joinCommunity.displayName").GetString());
        Assert.Equal("gardening", joined.Get("joinCommunity.interests.0").GetString());
        Assert.Equal("NEWCOMER", joined.Get("joinCommunity.segment").GetString());
        Assert.Equal("BASIC", joined.Get("joinCommunity.tier.name").GetString());
        Assert.Equal("newcomer", (await newcomer.Send("{ me { id } }")).Get("me.id").GetString());
    }

    [Fact]
    public async Task Joining_twice_keeps_the_first_profile_and_counts_once()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("twice", displayName: "First");
        (await member.Send("""mutation { joinCommunity(input: { displayName: "Second" }) { displayName } }""")).EnsureSuccess();

        var read = (await member.Send("{ me { displayName } community { stats { members } } }")).EnsureSuccess();
        Assert.Equal("First", read.Get("me.displayName").GetString());
        Assert.Equal(2, read.Get("community.stats.members").GetInt32());
    }

    [Fact]
    public async Task A_member_edits_their_profile_and_others_see_it()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("ana");
        (await member.Send("""mutation { updateProfile(input: { displayName: "Ana B." }) { displayName } }""")).EnsureSuccess();

        var seen = (await community.Admin.Send("""{ member(id: "ana") { displayName segment } }""")).EnsureSuccess();
        Assert.Equal("Ana B.", seen.Get("member.displayName").GetString());
        Assert.Equal("NEWCOMER", seen.Get("member.segment").GetString());
    }

    [Fact]
    public async Task A_display_name_over_80_characters_is_refused()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("long");
        var response = await member.Send("mutation($n: String!) { updateProfile(input: { displayName: $n }) { displayName } }", new { n = new string('x', 81) });
        Assert.Contains("displayName", response.ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task An_award_is_applied_once_per_key_and_lifts_the_tier()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("earner");
        var grain = Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community.Id, "earner"));

        var first = await grain.Award(new PointAward("bonus:1", PointAction.Adjustment, "Welcome bonus", 200));
        var retry = await grain.Award(new PointAward("bonus:1", PointAction.Adjustment, "Welcome bonus", 200));

        Assert.True(first.Applied);
        Assert.False(retry.Applied);
        var me = (await member.Send("{ me { points lifetimePoints tier { name } } community { stats { membersByTier { tier members } } } }")).EnsureSuccess();
        Assert.Equal(200, me.Get("me.points").GetInt32());
        Assert.Equal("ADVANCED", me.Get("me.tier.name").GetString());
        var advanced = me.Get("community.stats.membersByTier").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "ADVANCED");
        Assert.Equal(1, advanced.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task Awards_use_the_current_point_rules()
    {
        var community = await host.NewCommunity();
        await community.Member("voter");
        var grain = Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community.Id, "voter"));
        await grain.Award(new PointAward("vote:p1", PointAction.Vote, "Voted"));
        (await community.Admin.Send("mutation { configureCommunity(input: { pointRules: [{ action: VOTE, points: 8 }] }) { id } }")).EnsureSuccess();
        await grain.Award(new PointAward("vote:p2", PointAction.Vote, "Voted"));

        Assert.Equal(3 + 8, (await grain.GetJoined()).Points);
    }

    [Fact]
    public async Task Points_history_pages_newest_first_across_archived_months()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("veteran");
        var grain = Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community.Id, "veteran"));
        const int entries = 230;
        for (var i = 1; i <= entries; i++)
        {
            host.Time.Advance(TimeSpan.FromHours(4));
            await grain.Award(new PointAward($"k{i}", PointAction.Adjustment, $"entry {i}", i));
        }

        var reasons = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await member.Send("query($after: String) { me { pointsHistory(first: 37, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { reason points } } } }", new { after })).EnsureSuccess();
            total = page.Get("me.pointsHistory.totalCount").GetInt32();
            reasons.AddRange(page.Get("me.pointsHistory.nodes").EnumerateArray().Select(n => n.GetProperty("reason").GetString()!));
            after = page.Get("me.pointsHistory.pageInfo.hasNextPage").GetBoolean() ? page.Get("me.pointsHistory.pageInfo.endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(entries, total);
        Assert.Equal(Enumerable.Range(1, entries).Reverse().Select(i => $"entry {i}"), reasons);
    }

    [Fact]
    public async Task A_cursor_we_did_not_issue_is_refused()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("curious");
        (await member.Send("""{ me { pointsHistory(after: "bm9wZQ") { totalCount } } }""")).ExpectError(ErrorCodes.BadUserInput);
        (await member.Send("{ me { pointsHistory(first: 0) { totalCount } } }")).ExpectError(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task A_member_of_another_community_is_not_visible()
    {
        var ours = await host.NewCommunity();
        var theirs = await host.NewCommunity();
        await theirs.Member("secret");

        var response = (await ours.Admin.Send("""{ member(id: "secret") { id } }""")).EnsureSuccess();
        Assert.Equal(JsonValueKind.Null, response.Get("member").ValueKind);
    }

    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();
}
