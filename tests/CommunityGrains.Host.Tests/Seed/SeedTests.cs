using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;

namespace CommunityGrains.Host.Tests.Seed;

public sealed class SeedTests
{
    private const string Query = """
        {
          community { stats { members openHelpRequests proposalsByStatus { status count } } }
          certified: studyGroup(id: "sg01") { groupStreak memberStreaks { current certified } }
          other: studyGroup(id: "sg02") { memberStreaks { longest } }
          help: helpRequest(id: "help001") { status }
          feedbackItems(first: 100) { totalCount nodes { status } }
          leaderboard(category: LEARNER) { entries { rank score } }
        }
        """;

    private const string TimeZone = "Asia/Shanghai";

    [Fact]
    public async Task A_community_seeded_twice_is_alive_and_not_doubled_when_the_host_starts_on_it()
    {
        using var directory = new TempDirectory("cg-seed");
        var database = $"--Storage:SqlitePath={directory.File("demo.db")}";
        await Seed(directory, database);
        await Seed(directory, database);

        await using var host = await HostProcess.Start(directory.Path, [database]);
        var key = (await File.ReadAllTextAsync(directory.File(SigningKeys.FileName))).Trim();
        var data = await host.GraphQL(Query, TestTokens.Issue(key, "demo", "mod1", Role.Moderator));

        Assert.Equal(60, data.GetProperty("community").GetProperty("stats").GetProperty("members").GetInt32());
        var certified = data.GetProperty("certified");
        Assert.True(certified.GetProperty("groupStreak").GetInt32() >= 30, certified.ToString());
        Assert.All(certified.GetProperty("memberStreaks").EnumerateArray(), s => Assert.True(s.GetProperty("certified").GetBoolean()));
        Assert.Contains(data.GetProperty("other").GetProperty("memberStreaks").EnumerateArray(), s => s.GetProperty("longest").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Object, data.GetProperty("help").ValueKind);
        var feedback = data.GetProperty("feedbackItems");
        Assert.True(feedback.GetProperty("totalCount").GetInt32() >= 10);
        Assert.True(Statuses(feedback).Count >= 3, string.Join(",", Statuses(feedback)));
        var proposals = data.GetProperty("community").GetProperty("stats").GetProperty("proposalsByStatus").EnumerateArray()
            .Where(s => s.GetProperty("count").GetInt32() > 0).Select(s => s.GetProperty("status").GetString()).ToList();
        Assert.True(proposals.Count >= 8, string.Join(",", proposals));
        var learners = data.GetProperty("leaderboard").GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(learners);

        // One LEARNER point per member per day: a second run that counted again would exceed the days of the month so far.
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        Assert.InRange(learners[0].GetProperty("score").GetDouble(), 1, today.Day);
    }

    private static async Task Seed(TempDirectory directory, string database)
    {
        var (exitCode, output) = await HostProcess.RunVerb(
            directory.Path,
            "seed", "--members", "60", "--community", "demo", "--time-zone", TimeZone,
            database, $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={FreePort.Next()}");
        Assert.True(exitCode == 0, output);
        Assert.Contains("token --community demo --member mod1 --role MODERATOR", output);
    }

    private static HashSet<string?> Statuses(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("status").GetString()).ToHashSet();
}
