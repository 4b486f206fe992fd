using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Notifications;

[Collection(HostCollection.Name)]
public sealed class StarNotificationTests(TestHost host)
{
    [Fact]
    public async Task The_star_of_the_month_is_told_once_even_when_the_selection_is_repeated()
    {
        var community = await host.NewCommunity("Asia/Shanghai");
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        var month = await community.LearnedLastMonth("ana", "Asia/Shanghai");
        const string select = "mutation($month: String!) { selectStarOfTheMonth(input: { category: LEARNER, month: $month, memberId: \"ana\" }) { member { id } } }";

        (await mod.Send(select, new { month })).EnsureSuccess();
        (await mod.Send(select, new { month })).EnsureSuccess();

        var kinds = await ana.Kinds();
        Assert.Single(kinds, k => k == "STAR_OF_THE_MONTH");
        Assert.Contains("BADGE_AWARDED", kinds);
        Assert.Contains($"star of the month {month} (LEARNER)", (await ana.Inbox()).Get("notifications.nodes").EnumerateArray().Select(n => n.GetProperty("text").GetString()!).Single(t => t.Contains("star", StringComparison.Ordinal)));
    }
}
