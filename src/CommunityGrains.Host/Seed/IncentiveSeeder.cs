using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Host.Seed;

/// <summary>
/// A few defined badges and rewards on day 0; on the last day moderators award the badges to the most active
/// members and some of them spend their points. Points and leaderboards come from the other seeders' actions.
/// </summary>
public sealed class IncentiveSeeder(SeedContext context)
{
    private static readonly (string Id, string Name, string Description)[] Badges =
    [
        ("welcome-host", "Welcome host", "Greeted ten newcomers at a meetup."),
        ("bug-hunter", "Bug hunter 🐞", "Reported a problem that got fixed."),
        ("mentor-of-the-month", "月度导师", "Mentored a study group for a whole month."),
    ];

    private static readonly (string Id, AddReward Reward)[] Rewards =
    [
        ("coffee", new AddReward("Coffee with the team ☕", 20, 50, null)),
        ("tote-bag", new AddReward("Community tote bag", 50, 30, null)),
        ("workshop", new AddReward("线下工作坊名额", 150, 10, "ADVANCED")),
    ];

    public async Task Define()
    {
        var moderator = context.ActorOf(context.Moderators[0]);
        var catalog = context.Grains.GetGrain<IBadgeCatalogGrain>(IncentiveKeys.BadgeCatalog(context.CommunityId));
        foreach (var (id, name, description) in Badges)
        {
            await catalog.Define(moderator, id, name, description);
            context.Summary.Add("badges defined");
        }

        foreach (var (id, reward) in Rewards)
        {
            await context.Grain<IRewardGrain>(id).Add(moderator, reward);
            context.Summary.Add("rewards");
        }
    }

    /// <summary>Badges for the most active learners, then a few redemptions by those who can afford one.</summary>
    public async Task Award(IReadOnlyList<SeedMember> active, int day)
    {
        context.At(day, 21);
        var moderator = context.ActorOf(context.Moderators[0]);
        var catalog = context.Grains.GetGrain<IBadgeCatalogGrain>(IncentiveKeys.BadgeCatalog(context.CommunityId));
        for (var i = 0; i < Math.Min(active.Count, 6); i++)
        {
            var (badge, _, _) = Badges[i % Badges.Length];
            await catalog.Award(moderator, active[i].Id, badge, "Thanks for keeping the community alive!");
            context.Summary.Add("badges awarded");
        }

        var redeemed = 0;
        foreach (var member in active)
        {
            var (rewardId, reward) = Rewards[redeemed % 2];
            var view = await context.Grain<IMemberGrain>(member.Id).Get();
            if (redeemed >= 5 || view is null || view.Points < reward.Cost)
            {
                continue;
            }

            await context.Grain<IRewardGrain>(rewardId).Redeem(context.ActorOf(member), $"seed-{member.Id}-{rewardId}");
            context.Summary.Add("redemptions");
            redeemed++;
        }
    }
}
