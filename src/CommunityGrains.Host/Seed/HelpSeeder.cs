using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Help;

namespace CommunityGrains.Host.Seed;

/// <summary>
/// NEED and OFFER requests at random points within about 8 km of a city centre (Shanghai for Asian time zones,
/// Paris otherwise), posted over the last three weeks: some still open (the oldest of those expire), some
/// matched, many completed and rated, a few cancelled.
/// </summary>
public sealed class HelpSeeder(SeedContext context)
{
    private const double RadiusKm = 8;
    private const int SpreadDays = 21;

    public static int RequestCount(int members) => Math.Clamp(members / 5, 10, 200);

    public GeoPoint Centre { get; } = context.Options.TimeZone.StartsWith("Asia/", StringComparison.Ordinal)
        ? new GeoPoint(31.2304, 121.4737)
        : new GeoPoint(48.8566, 2.3522);

    public string City => Centre.Latitude < 40 ? "Shanghai" : "Paris";

    /// <summary>The requests posted on this day, each taken as far as its fate says within the afternoon.</summary>
    public Task Day(int day)
    {
        var count = RequestCount(context.Cast.Count);
        var today = Enumerable.Range(0, count).Where(k => PostDay(k) == day).ToList();
        context.At(day, 13);
        return SeedContext.ForEach(today, Request);
    }

    private int PostDay(int k) => context.Options.HistoryDays - (k * 7 % SpreadDays);

    private async Task Request(int k)
    {
        var random = SeedContext.Random(context.CommunityId, "help", k);
        var kind = k % 3 == 1 ? HelpKind.Offer : HelpKind.Need;
        var (title, description, tags) = DemoCast.Pick(random, kind == HelpKind.Need ? DemoText.Needs : DemoText.Offers);
        var author = Someone(random, null);
        var grain = context.Grain<IHelpRequestGrain>($"help{k + 1:D3}");
        var authorActor = context.ActorOf(author.Id);
        var posted = await grain.Post(authorActor, new PostHelpRequest(kind, title, description, tags, Near(random), null));
        context.Summary.Add("help requests");

        // A request that moved on was seeded by an earlier run: its steps cannot be repeated.
        var fate = random.NextDouble();
        if (fate < 0.3 || posted.Status != HelpStatus.Open || posted.VolunteerIds.Count > 0)
        {
            return;
        }

        if (fate < 0.35)
        {
            await grain.Cancel(authorActor);
            return;
        }

        var helper = context.ActorOf(Someone(random, author).Id);
        await grain.Volunteer(helper, "Happy to help!");
        if (fate < 0.45)
        {
            return;
        }

        await grain.AcceptHelper(authorActor, helper.MemberId);
        if (fate < 0.6)
        {
            return;
        }

        await grain.Complete(authorActor);
        context.Summary.Add("help completed");
        if (fate < 0.9)
        {
            await grain.Rate(authorActor, random.Next(4, 6), "Thank you so much!");
            await grain.Rate(helper, 5, null);
        }
    }

    private SeedMember Someone(Random random, SeedMember? not)
    {
        while (true)
        {
            var member = DemoCast.Pick(random, context.Cast);
            if (member != not && member.Role == Role.Member)
            {
                return member;
            }
        }
    }

    /// <summary>Uniform over a disc: the square root keeps points from crowding the centre.</summary>
    private GeoPoint Near(Random random)
    {
        var distance = RadiusKm * Math.Sqrt(random.NextDouble());
        var angle = random.NextDouble() * 2 * Math.PI;
        var latitude = Centre.Latitude + (distance / 111.32 * Math.Cos(angle));
        var longitude = Centre.Longitude + (distance / (111.32 * Math.Cos(Centre.Latitude * Math.PI / 180)) * Math.Sin(angle));
        return new GeoPoint(latitude, longitude);
    }
}
