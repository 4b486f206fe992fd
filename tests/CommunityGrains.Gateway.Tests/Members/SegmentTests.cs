using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Members;

[Collection(HostCollection.Name)]
public sealed class SegmentTests(TestHost host)
{
    [Fact]
    public async Task Newcomers_become_regulars_after_30_days_and_the_top_5_percent_of_lifetime_points_are_experts()
    {
        var community = await host.NewCommunity();
        for (var i = 1; i <= 18; i++)
        {
            await community.Member($"m{i}");
            await community.Give($"m{i}", 10 + i);
        }

        await community.Member("star");
        await community.Give("star", 500);

        // 20 members: the top 5 % is one member. The threshold is cached for a minute, so let that pass.
        host.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("EXPERT", await SegmentOf(community, "star"));
        Assert.Equal("NEWCOMER", await SegmentOf(community, "m18"));

        host.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal("REGULAR", await SegmentOf(community, "m18"));
        Assert.Equal("EXPERT", await SegmentOf(community, "star"));
    }

    [Fact]
    public async Task A_moderator_grants_and_withdraws_the_expert_segment()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("doctor");

        var granted = (await mod.Send("mutation { setExpert(memberId: \"doctor\", expert: true) { segment } }")).EnsureSuccess();
        Assert.Equal("EXPERT", granted.Get("setExpert.segment").GetString());
        Assert.Equal("EXPERT", await SegmentOf(community, "doctor"));

        (await mod.Send("mutation { setExpert(memberId: \"doctor\", expert: false) { segment } }")).EnsureSuccess();
        Assert.Equal("NEWCOMER", await SegmentOf(community, "doctor"));
        (await community.As("doctor").Send("mutation { setExpert(memberId: \"doctor\", expert: true) { segment } }")).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_member_cannot_declare_a_segment_on_joining_or_later()
    {
        var community = await host.NewCommunity();
        var newcomer = community.As("newcomer");

        var refused = (await newcomer.Send("mutation { joinCommunity(input: { displayName: \"New\", segment: EXPERT }) { id } }")).ExpectError(ErrorCodes.BadUserInput);
        Assert.Contains("input.segment", refused, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await newcomer.Send("{ me { id } }")).EnsureSuccess().Get("me").ValueKind);

        var member = await community.Member("ana");
        (await member.Send("mutation { updateProfile(input: { segment: EXPERT }) { id } }")).ExpectError(ErrorCodes.BadUserInput);
        Assert.Equal("NEWCOMER", await SegmentOf(community, "ana"));
    }

    private static async Task<string?> SegmentOf(TestCommunity community, string memberId) =>
        (await community.Admin.Send("query($id: ID!) { member(id: $id) { segment } }", new { id = memberId })).EnsureSuccess().Get("member.segment").GetString();
}
