using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Host.Seed;

/// <summary>
/// Feedback in English and Chinese over every channel, submitted over the month; moderators triage most of it,
/// reply to some, resolve some (half of those on the public board) and close a few.
/// </summary>
public sealed class FeedbackSeeder(SeedContext context)
{
    public static int ItemCount(int members) => Math.Clamp(members / 8, 10, 120);

    public Task Day(int day)
    {
        var today = Enumerable.Range(0, ItemCount(context.Cast.Count)).Where(k => k * 11 % (context.Options.HistoryDays + 1) == day).ToList();
        context.At(day, 16);
        return SeedContext.ForEach(today, Item);
    }

    private async Task Item(int k)
    {
        var random = SeedContext.Random(context.CommunityId, "feedback", k);
        var author = DemoCast.Pick(random, context.Cast);
        var moderator = context.ActorOf(DemoCast.Pick(random, context.Moderators));
        var channel = (FeedbackChannel)(k % Enum.GetValues<FeedbackChannel>().Length);
        var body = DemoText.Feedback[k % DemoText.Feedback.Length];
        var grain = context.Grain<IFeedbackGrain>($"fb{k + 1:D3}");
        var submitted = await grain.Submit(context.ActorOf(author), new SubmitFeedback(channel, body, random.NextDouble() < 0.15));
        context.Summary.Add("feedback");

        // An item already past NEW was seeded by an earlier run: its steps cannot be repeated.
        var fate = random.NextDouble();
        if (fate < 0.25 || submitted.Status != FeedbackStatus.New)
        {
            return;
        }

        await grain.Triage(moderator, new TriageFeedback(
            Category(random), (FeedbackPriority)random.Next(0, 4), moderator.MemberId));
        if (fate < 0.4)
        {
            return;
        }

        await grain.Reply(moderator, DemoCast.Pick(random, DemoText.Replies));
        if (fate < 0.55)
        {
            return;
        }

        if (fate < 0.65)
        {
            await grain.Close(moderator, "Duplicate of an earlier report.");
            return;
        }

        await grain.Resolve(moderator, DemoCast.Pick(random, DemoText.Resolutions), random.NextDouble() < 0.6);
        context.Summary.Add("feedback resolved");
    }

    private static FeedbackCategory Category(Random random) => (FeedbackCategory)random.Next(0, Enum.GetValues<FeedbackCategory>().Length);
}
