using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Host.Seed;

/// <summary>
/// Proposals in every status, each walked through its lifecycle over the days before the last one: drafted,
/// submitted, screened, voted on by members over three days, closed, decided and implemented, or withdrawn.
/// A step runs only from the status it expects, so a second run skips what the first one did.
/// </summary>
public sealed class ProposalSeeder(SeedContext context)
{
    private const int VoteDays = 3;

    private static readonly ProposalStatus[] Targets = Enum.GetValues<ProposalStatus>();

    private static readonly (string Title, string Body, string[] Tags)[] Ideas =
    [
        ("Monthly repair café", "A Saturday each month where neighbours fix bikes, lamps and clothes together.", ["repair", "events"]),
        ("社区图书角", "在活动室设一个图书交换角，大家可以自由借阅和捐书。", ["reading"]),
        ("Dark mode for the app", "Many members check in late at night; a dark theme would be easier on the eyes.", ["app"]),
        ("Beginner-friendly study groups", "Reserve two places in each new group for newcomers.", ["learning"]),
        ("周末亲子活动", "每月组织一次亲子手工活动，增进邻里交流。", ["events", "kids"]),
        ("Shared tool library", "Lend drills, ladders and garden tools instead of everyone buying their own.", ["sharing"]),
        ("Mentor recognition", "Thank mentors each month with a badge and a coffee.", ["mentoring"]),
        ("积分兑换更多礼品", "增加低积分的兑换选项，让新成员也能参与。", ["rewards"]),
    ];

    public static int ProposalCount(int members) => Math.Clamp(members / 50, Targets.Length, 3 * Targets.Length);

    public Task Day(int day)
    {
        context.At(day, 11);
        return SeedContext.ForEach(Enumerable.Range(0, ProposalCount(context.Cast.Count)), k => Step(k, day));
    }

    private async Task Step(int k, int day)
    {
        var target = Targets[k % Targets.Length];
        var step = day - StartDay(k, target);
        if (step < 0 || step > Length(target))
        {
            return;
        }

        var random = SeedContext.Random(context.CommunityId, "proposal", k);
        var author = context.ActorOf(context.Cast[Math.Min(context.Cast.Count - 1, 10 + random.Next(context.Cast.Count - 10))]);
        var moderator = context.ActorOf(context.Moderators[k % context.Moderators.Count]);
        var grain = context.Grain<IProposalGrain>($"p{k + 1:D2}");
        var current = (await grain.Get(author))?.Status;
        switch (step)
        {
            case 0 when current is null or ProposalStatus.Draft:
                var (title, body, tags) = Ideas[k % Ideas.Length];
                await grain.SaveDraft(author, new SaveProposalDraft(title, body, tags, random.NextDouble() < 0.5 ? 500 + random.Next(5000) : null));
                context.Summary.Add("proposals");
                break;
            case 1 when current == ProposalStatus.Draft && target != ProposalStatus.Draft:
                await grain.Submit(author);
                break;
            case 2 when current == ProposalStatus.Submitted && target == ProposalStatus.Withdrawn:
                await grain.Withdraw(author);
                break;
            case 2 when current == ProposalStatus.Submitted && target != ProposalStatus.Submitted:
                await grain.Score(moderator, new ScoreProposal(random.Next(2, 6), random.Next(1, 6), random.Next(2, 6), "Clear and doable."));
                break;
            case 3 when current == ProposalStatus.Screening && target != ProposalStatus.Screening:
                await grain.OpenVoting(moderator, ClosesAt(k, target));
                await Votes(grain, k, target, step);
                break;
            case > 3 and < 3 + VoteDays when current == ProposalStatus.Voting:
                await Votes(grain, k, target, step);
                break;
            case 3 + VoteDays when current == ProposalStatus.Voting:
                await grain.CloseVoting(moderator);
                break;
            case 4 + VoteDays when current == ProposalStatus.Review && target != ProposalStatus.Review:
                var adopted = target != ProposalStatus.Rejected;
                await grain.Decide(
                    moderator,
                    adopted ? ProposalDecision.Adopted : ProposalDecision.Rejected,
                    adopted ? "Strong support and a realistic budget." : "Not enough support this time; please try again with a smaller scope.");
                break;
            case 5 + VoteDays when current == ProposalStatus.Adopted && target is ProposalStatus.Implementing or ProposalStatus.Implemented:
                await grain.UpdateImplementation(moderator, ProposalStatus.Implementing, "Volunteers found, work has started.");
                break;
            case 7 + VoteDays when current == ProposalStatus.Implementing && target == ProposalStatus.Implemented:
                await grain.UpdateImplementation(moderator, ProposalStatus.Implemented, "Done! Thanks to everyone who helped. 🎉");
                break;
        }
    }

    private async Task Votes(IProposalGrain grain, int k, ProposalStatus target, int step)
    {
        var voters = Math.Clamp(context.Cast.Count / 40, 3, 12);
        for (var v = 0; v < voters; v++)
        {
            var random = SeedContext.Random(context.CommunityId, "vote", k, step, v);
            var voter = context.Cast[random.Next(context.Cast.Count)];
            var support = target == ProposalStatus.Rejected ? 0.3 : 0.75;
            var roll = random.NextDouble();
            var choice = roll < support ? VoteChoice.For : roll < 0.92 ? VoteChoice.Against : VoteChoice.Abstain;
            await grain.CastVote(context.ActorOf(voter.Id), choice);
            context.Summary.Add("votes");
        }
    }

    /// <summary>Still open after the seed for a proposal meant to stay in VOTING; otherwise the evening of the closing day.</summary>
    private DateTimeOffset ClosesAt(int k, ProposalStatus target) => target == ProposalStatus.Voting
        ? context.Calendar.StartOf(context.Day(context.Options.HistoryDays)).AddDays(4)
        : context.Calendar.StartOf(context.Day(StartDay(k, target) + 3 + VoteDays)).AddHours(18);

    /// <summary>Late enough that each proposal reaches its target status on or before the last day.</summary>
    private int StartDay(int k, ProposalStatus target) => context.Options.HistoryDays - Length(target) - (k / Targets.Length * 2);

    private static int Length(ProposalStatus target) => target switch
    {
        ProposalStatus.Draft => 0,
        ProposalStatus.Submitted => 1,
        ProposalStatus.Screening or ProposalStatus.Withdrawn => 2,
        ProposalStatus.Voting => 2 + VoteDays,
        ProposalStatus.Review => 3 + VoteDays,
        ProposalStatus.Adopted or ProposalStatus.Rejected => 4 + VoteDays,
        ProposalStatus.Implementing => 5 + VoteDays,
        _ => 7 + VoteDays,
    };
}
