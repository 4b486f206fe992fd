using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Tests.Incentives;

/// <summary>Builders shared by the incentive tests: points as other capabilities would award them, rewards, month ends.</summary>
public static class IncentiveSetup
{
    public static IGrainFactory Grains(this TestHost host) => host.Services.GetRequiredService<IGrainFactory>();

    public static Task<AwardResult> Give(this TestCommunity community, string memberId, int points, string? key = null) =>
        community.Host.Grains().GetGrain<IMemberGrain>(GrainKeys.Of(community.Id, memberId))
            .Award(new PointAward(key ?? Guid.NewGuid().ToString("N"), PointAction.Adjustment, "Test points", points));

    public static async Task<string> AddReward(this GraphQLClient moderator, string id, int cost, int stock, string? minTier = null)
    {
        var response = await moderator.Send(
            "mutation($id: ID, $cost: Int!, $stock: Int!, $minTier: String) { addReward(input: { id: $id, name: \"Mug\", cost: $cost, stock: $stock, minTier: $minTier }) { id } }",
            new { id, cost, stock, minTier });
        return response.EnsureSuccess().Get("addReward.id").GetString()!;
    }

    public static Task<GraphQLResponse> Redeem(this GraphQLClient member, string rewardId, string? id = null) =>
        member.Send("mutation($id: ID, $rewardId: ID!) { redeemReward(input: { id: $id, rewardId: $rewardId }) { id cost code reward { stock } } }", new { id, rewardId });

    public static async Task<int> Stock(this GraphQLClient client, string rewardId) =>
        (await client.Send("{ rewards { id stock } }")).EnsureSuccess().Get("rewards").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == rewardId).GetProperty("stock").GetInt32();

    public static async Task<int> Points(this GraphQLClient member) =>
        (await member.Send("{ me { points } }")).EnsureSuccess().Get("me.points").GetInt32();

    /// <summary>
    /// Adds a check-in day to the member's LEARNER score in the month before the current one (in the zone), and
    /// returns that month: a month that has ended, without moving the shared clock, which is slow to jump far.
    /// </summary>
    public static async Task<string> LearnedLastMonth(this TestCommunity community, string memberId, string timeZone, double days = 1)
    {
        var calendar = CommunityCalendar.For(timeZone);
        var lastMonthEvening = calendar.StartOfMonth(calendar.MonthOf(community.Host.Time.GetUtcNow())).AddHours(-1);
        await community.Host.Grains().GetGrain<IMemberGrain>(GrainKeys.Of(community.Id, memberId))
            .AddMonthlyScore(new ScoreEvent(Guid.NewGuid().ToString("N"), StarCategory.Learner, days, lastMonthEvening));
        return calendar.MonthOf(lastMonthEvening);
    }
}
