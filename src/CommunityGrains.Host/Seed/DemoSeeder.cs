using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Host.Seed;

/// <summary>
/// Plays a month of community life through the grains, day by day on the seed clock: day 0 creates the community,
/// its members, groups, badges and rewards; every day brings check-ins, reviews, help requests and feedback.
/// Every id and every random choice is derived from the community id, so a second run repeats the same calls
/// and the grains' idempotency turns them into no-ops.
/// </summary>
public static class DemoSeeder
{
    public static async Task<SeedContext> Run(IGrainFactory grains, SeedClock clock, SeedOptions options, SeedProgress? progress)
    {
        var calendar = Domain.Common.CommunityCalendar.For(options.TimeZone);
        var existing = await grains.GetGrain<ICommunityGrain>(options.CommunityId).Get();
        var origin = calendar.DateOf(existing?.CreatedAt ?? DateTimeOffset.UtcNow.AddDays(-options.HistoryDays));
        if (existing is not null && existing.TimeZone != options.TimeZone)
        {
            throw new InvalidOperationException(
                $"Community '{options.CommunityId}' already exists in time zone {existing.TimeZone}; seed it again with --time-zone {existing.TimeZone}.");
        }

        if (existing is not null && existing.CreatedAt < DateTimeOffset.UtcNow - SeedOptions.Reach)
        {
            throw new InvalidOperationException(
                $"Community '{options.CommunityId}' was created on {existing.CreatedAt:yyyy-MM-dd}, too long ago to replay its history; seed a new community id.");
        }

        var context = new SeedContext(grains, clock, options, origin, DemoCast.Of(options.CommunityId, options.Members));
        progress?.Watch(context);
        progress?.Stage("members");
        context.At(0, 8);
        await CommunitySeeder.Run(context, Name(options.CommunityId));

        var groups = new StudyGroupSeeder(context);
        var help = new HelpSeeder(context);
        var feedback = new FeedbackSeeder(context);
        var incentives = new IncentiveSeeder(context);
        var proposals = new ProposalSeeder(context);
        progress?.Stage("study groups");
        await groups.Create();
        await incentives.Define();
        for (var day = 0; day <= options.HistoryDays; day++)
        {
            progress?.Stage($"day {day}/{options.HistoryDays}");
            await groups.Day(day);
            await proposals.Day(day);
            await help.Day(day);
            await feedback.Day(day);
        }

        progress?.Stage("badges and rewards");
        var learners = groups.Groups.OrderBy(g => g.StartDay).SelectMany(g => g.Members).ToList();
        await incentives.Award(learners, options.HistoryDays);
        return context;
    }

    private static string Name(string communityId) =>
        communityId.Length == 0 ? communityId : char.ToUpperInvariant(communityId[0]) + communityId[1..] + " community";
}
