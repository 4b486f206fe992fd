using CommunityGrains.Contracts.Common;
using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;

namespace CommunityGrains.Host.Tests.Feedback;

/// <summary>The feedback queue and report (issue 22) on PostgreSQL, read again by a host started after the first stopped.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FeedbackQueuePostgresTests(PostgresServer postgres)
{
    private const string Community = "fq";

    [PostgresFact]
    public async Task The_queue_filters_sorts_pages_and_reports_from_stored_shards_after_a_restart()
    {
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        string[] configuration = [.. PostgresStorageTests.Configuration(connectionString), $"--Orleans:ClusterId=fq-{Guid.NewGuid():N}"];

        string urgent;
        string hotline;
        await using (var host = await InProcessHost.Start(configuration))
        {
            var admin = Client(host, "admin", Role.Admin);
            (await admin.Send("mutation { createCommunity(input: { id: \"fq\", name: \"Queue\", timeZone: \"Europe/Paris\" }) { id } }")).EnsureSuccess();
            (await admin.Send("mutation { configureCommunity(input: { feedbackTargetDaysByPriority: [{ priority: URGENT, days: 3 }] }) { id } }")).EnsureSuccess();
            var alice = Client(host, "alice", Role.Member);
            var mod = Client(host, "mo", Role.Moderator);
            foreach (var member in new[] { admin, alice, mod })
            {
                (await member.Send("mutation { joinCommunity(input: { displayName: \"M\" }) { id } }")).EnsureSuccess();
            }

            await Submit(alice, new { channel = "APP", body = "Please add a calendar export.", type = "SUGGESTION" });
            hotline = await Submit(mod, new { channel = "HOTLINE", body = "Caller reports a gas smell near block C.", type = "COMPLAINT", onBehalfOf = "alice" });
            urgent = await Submit(alice, new { channel = "EMAIL", body = "The lift has been stuck since Monday.", type = "COMPLAINT" });
            (await mod.Send($"mutation {{ triageFeedback(input: {{ feedbackId: \"{urgent}\", category: SERVICE, priority: URGENT }}) {{ id }} }}")).EnsureSuccess();
        }

        await using (var again = await InProcessHost.Start(configuration))
        {
            var mod = Client(again, "mo", Role.Moderator);
            var byPriority = (await mod.Send("{ feedbackQueue(sort: PRIORITY) { totalCount nodes { id } } }")).EnsureSuccess();
            var byChannel = (await mod.Send("{ feedbackQueue(channel: HOTLINE) { totalCount nodes { id enteredBy { id } author { id } } } }")).EnsureSuccess();
            var seen = new List<string>();
            string? after = null;
            do
            {
                var page = (await mod.Send("query($after: String) { feedbackQueue(first: 1, after: $after, sort: NEWEST) { pageInfo { hasNextPage endCursor } nodes { id } } }", new { after })).EnsureSuccess();
                seen.AddRange(page.Get("feedbackQueue.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
                after = page.Get("feedbackQueue.pageInfo.hasNextPage").GetBoolean() ? page.Get("feedbackQueue.pageInfo.endCursor").GetString() : null;
            }
            while (after is not null);
            var report = (await mod.Send("{ feedbackReport { submitted byChannel { channel count } byType { type count } } }")).EnsureSuccess();

            Assert.Equal(3, byPriority.Get("feedbackQueue.totalCount").GetInt32());
            Assert.Equal(urgent, byPriority.Get("feedbackQueue.nodes.0.id").GetString());
            Assert.Equal(hotline, byChannel.Get("feedbackQueue.nodes.0.id").GetString());
            Assert.Equal(("mo", "alice"), (byChannel.Get("feedbackQueue.nodes.0.enteredBy.id").GetString(), byChannel.Get("feedbackQueue.nodes.0.author.id").GetString()));
            Assert.Equal(3, seen.Distinct().Count());
            Assert.Equal(3, report.Get("feedbackReport.submitted").GetInt32());
            Assert.Equal(3, report.Get("feedbackReport.byChannel").GetArrayLength());
            Assert.Equal(2, report.Get("feedbackReport.byType").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "COMPLAINT").GetProperty("count").GetInt32());
        }
    }

    private static GraphQLClient Client(InProcessHost host, string member, Role role) =>
        new(new HttpClient { BaseAddress = host.BaseAddress }, TestTokens.Issue(TestTokens.SigningKey, Community, member, role));

    private static async Task<string> Submit(GraphQLClient client, object input) =>
        (await client.Send("mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }", new { input })).EnsureSuccess()
            .Get("submitFeedback.id").GetString()!;
}
