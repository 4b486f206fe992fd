using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Host.Seed;

/// <summary>Day 0: the community and every member joining it.</summary>
public static class CommunitySeeder
{
    public static async Task Run(SeedContext context, string name)
    {
        await context.Grains.GetGrain<ICommunityGrain>(context.CommunityId).Create(context.ActorOf(context.Admin), name, context.Options.TimeZone);
        await SeedContext.ForEach(context.Cast, async member =>
        {
            await context.Grain<IMemberGrain>(member.Id)
                .Join(context.ActorOf(member), new JoinCommunity(member.DisplayName, member.Interests, Segment: null));
            context.Summary.Add("members");
        });
    }
}
