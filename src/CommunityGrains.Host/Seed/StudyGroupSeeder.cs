using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Host.Seed;

/// <summary>
/// Study groups of 3-5 members, most with a mentor, and their daily check-ins: each member has their own
/// diligence, so streaks of every length appear; the first group never misses a day and earns the certificate.
/// </summary>
public sealed class StudyGroupSeeder(SeedContext context)
{
    private readonly IReadOnlyList<SeedStudyGroup> _groups = Plan(context);

    public IReadOnlyList<SeedStudyGroup> Groups => _groups;

    public static int GroupCount(int members) => Math.Clamp(members / 25, 3, 40);

    public Task Create() => SeedContext.ForEach(_groups, async group =>
    {
        var grain = context.Grain<IStudyGroupGrain>(group.Id);
        var creator = group.Members[0];
        await grain.Create(context.ActorOf(creator), new CreateStudyGroup(group.Name, group.Goal, 5, group.Mentor?.Id));
        foreach (var member in group.Members.Skip(1))
        {
            await grain.Join(context.ActorOf(member));
        }

        context.Summary.Add("study groups");
    });

    /// <summary>The check-ins of one day, then (later that evening) some peer reviews and mentor highlights of them.</summary>
    public async Task Day(int day)
    {
        var checkIns = new List<(SeedStudyGroup Group, int Author)>();
        context.At(day, 8.5);
        await SeedContext.ForEach(_groups.Where(g => g.StartDay <= day), async group =>
        {
            for (var i = 0; i < group.Members.Count; i++)
            {
                if (SeedContext.Random(context.CommunityId, group.Id, i, day).NextDouble() < group.Diligence[i])
                {
                    await context.Grain<IStudyGroupGrain>(group.Id).CheckIn(context.ActorOf(group.Members[i]), Note(group, i, day));
                    checkIns.Add((group, i));
                    context.Summary.Add("check-ins");
                }
            }
        });

        context.At(day, 20);
        await SeedContext.ForEach(checkIns, c => Respond(c.Group, c.Author, day));
    }

    private async Task Respond(SeedStudyGroup group, int author, int day)
    {
        var random = SeedContext.Random(context.CommunityId, group.Id, author, day, "respond");
        var id = CheckInId.Of(context.Day(day), group.Members[author].Id);
        var grain = context.Grain<IStudyGroupGrain>(group.Id);
        if (random.NextDouble() < 0.3)
        {
            var reviewer = (author + 1 + random.Next(group.Members.Count - 1)) % group.Members.Count;
            var comment = DemoCast.Pick(random, DemoText.ReviewComments);
            await grain.Review(context.ActorOf(group.Members[reviewer]), new ReviewCheckIn(id, random.Next(3, 6), comment));
            context.Summary.Add("peer reviews");
        }

        if (random.NextDouble() < 0.08)
        {
            var highlighter = group.Mentor is { } mentor ? context.ActorOf(mentor) : context.ActorOf(context.Moderators[0]);
            await grain.Highlight(highlighter, id);
            context.Summary.Add("highlights");
        }
    }

    private string Note(SeedStudyGroup group, int member, int day)
    {
        var random = SeedContext.Random(context.CommunityId, group.Id, member, day, "note");
        return string.Format(CultureInfo.InvariantCulture, DemoCast.Pick(random, DemoText.CheckInNotes), day - group.StartDay + 1);
    }

    private static List<SeedStudyGroup> Plan(SeedContext context)
    {
        var random = SeedContext.Random(context.CommunityId, "groups");
        var learners = context.Cast.Where(m => m.Role == Role.Member).OrderBy(_ => random.Next()).ToList();
        var mentors = context.Cast.Where(m => m.Role == Role.Moderator).ToList();
        var count = GroupCount(context.Cast.Count);
        var groups = new List<SeedStudyGroup>();
        var next = 0;
        for (var g = 0; g < count && next + 3 <= learners.Count; g++)
        {
            var size = g == 0 ? 3 : random.Next(3, 6);
            var members = learners.Skip(next).Take(size).ToList();
            next += members.Count;
            var (name, goal) = DemoText.Groups[g % DemoText.Groups.Length];
            var suffix = g < DemoText.Groups.Length ? "" : $" #{(g / DemoText.Groups.Length) + 1}";
            var mentor = random.NextDouble() < 0.75 && mentors.Count > 0 ? mentors[g % mentors.Count] : null;
            var startDay = g == 0 ? 0 : random.Next(0, Math.Max(1, context.Options.HistoryDays - 13));
            var diligence = members.Select((_, i) => g == 0 ? 1.0 : 0.45 + (random.NextDouble() * 0.55)).ToList();
            groups.Add(new SeedStudyGroup($"sg{g + 1:D2}", name + suffix, goal, members, mentor, startDay, diligence));
        }

        return groups;
    }
}
