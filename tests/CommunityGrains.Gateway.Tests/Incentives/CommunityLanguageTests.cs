using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Help;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.StudyGroups;

namespace CommunityGrains.Gateway.Tests.Incentives;

/// <summary>Badge names and the texts the system writes into a member's record, in the community's language.</summary>
[Collection(HostCollection.Name)]
public sealed class CommunityLanguageTests(TestHost host)
{
    private const string Record = "{ me { badges { reason badge { id name description } } pointsHistory(first: 50) { nodes { action reason } } } }";

    [Fact]
    public async Task A_chinese_community_writes_badges_ledger_reasons_and_notices_in_chinese()
    {
        var community = await host.NewCommunity();
        await Language(community, "zh");
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g", name: "日语学习")).EnsureSuccess();
        await alice.CheckInId("g");

        await PostOffers(alice, 5);
        var record = (await alice.Send(Record)).EnsureSuccess();

        var badge = record.Get("me.badges").EnumerateArray().Single(b => b.GetProperty("badge").GetProperty("id").GetString() == AutomaticBadges.NeighborExpert);
        Assert.Equal("邻里达人", badge.GetProperty("badge").GetProperty("name").GetString());
        Assert.Equal("发布了5条邻里互助服务。", badge.GetProperty("badge").GetProperty("description").GetString());
        Assert.Equal("发布了5条互助服务。", badge.GetProperty("reason").GetString());
        Assert.Contains(record.Get("me.pointsHistory.nodes").EnumerateArray(), e => e.GetProperty("reason").GetString() == "在学习小组「日语学习」打卡");
        Assert.Contains((await alice.Inbox()).EnsureSuccess().Get("notifications.nodes").EnumerateArray(), n => n.GetProperty("text").GetString() == "你获得了徽章「邻里达人」。");
    }

    [Fact]
    public async Task Badge_names_follow_the_language_the_community_has_now_while_the_ledger_keeps_its_words()
    {
        var community = await host.NewCommunity();
        await Language(community, "zh");
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g", name: "Spanish B1")).EnsureSuccess();
        await alice.CheckInId("g");
        await PostOffers(alice, 5);

        await Language(community, "en");
        var record = (await alice.Send(Record)).EnsureSuccess();
        var catalogue = (await alice.Send("{ badges { id name } }")).EnsureSuccess();

        Assert.Equal("Neighbour expert", record.Get("me.badges").EnumerateArray()
            .Single(b => b.GetProperty("badge").GetProperty("id").GetString() == AutomaticBadges.NeighborExpert).GetProperty("badge").GetProperty("name").GetString());
        Assert.Contains(catalogue.Get("badges").EnumerateArray(), b => b.GetProperty("name").GetString() == "Best group of the week");
        Assert.Contains(record.Get("me.pointsHistory.nodes").EnumerateArray(), e => e.GetProperty("reason").GetString() == "在学习小组「Spanish B1」打卡");
    }

    private static async Task Language(TestCommunity community, string language) =>
        (await community.Admin.Send("mutation($l: String) { configureCommunity(input: { language: $l }) { language } }", new { l = language })).EnsureSuccess();

    private static async Task PostOffers(GraphQLClient member, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await member.Post(kind: "OFFER", id: $"offer-{i}");
        }
    }
}
