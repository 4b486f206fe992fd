using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Host.Seed;

/// <summary>The members of the demo community: an admin, a few moderators, then members with varied names, interests and segments.</summary>
public static class DemoCast
{
    public const string AdminId = "admin";

    public static IReadOnlyList<SeedMember> Of(string communityId, int count)
    {
        var moderators = Math.Clamp(count / 200, 2, 5);
        return Enumerable.Range(0, count).Select(i => Member(communityId, i, moderators)).ToList();
    }

    public static string ModeratorId(int index) => "mod" + index.ToString(CultureInfo.InvariantCulture);

    private static SeedMember Member(string communityId, int index, int moderators)
    {
        var random = SeedContext.Random(communityId, "member", index);
        var (id, role) = index switch
        {
            0 => (AdminId, Role.Admin),
            _ when index <= moderators => (ModeratorId(index), Role.Moderator),
            _ => ("m" + index.ToString("D4", CultureInfo.InvariantCulture), Role.Member),
        };
        var interests = DemoText.Interests.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        return new SeedMember(id, DisplayName(random, index), interests, role);
    }

    private static string DisplayName(Random random, int index)
    {
        var name = (index % 10) switch
        {
            0 or 3 or 6 or 8 => $"{Pick(random, DemoText.EnglishFirst)} {Pick(random, DemoText.EnglishLast)}",
            1 or 4 or 7 => Pick(random, DemoText.ChineseFamily) + Pick(random, DemoText.ChineseGiven),
            2 => Pick(random, DemoText.Pinyin),
            _ => Pick(random, DemoText.EnglishFirst),
        };
        return random.NextDouble() < 0.12 ? $"{name} {Pick(random, DemoText.Emoji)}" : name;
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
