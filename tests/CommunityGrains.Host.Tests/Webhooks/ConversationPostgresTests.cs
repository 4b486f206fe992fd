using System.Collections.Concurrent;
using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;

namespace CommunityGrains.Host.Tests.Webhooks;

/// <summary>
/// Discussion, notifications and webhooks on PostgreSQL in a real host process: a comment with a mention and a
/// volunteer are acknowledged while the receiver is down, the host is killed (kill -9), and after the restart the
/// thread and the inbox hold them once, a retried post changes nothing, and the pending delivery arrives.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConversationPostgresTests(PostgresServer postgres)
{
    private const string Community = "talk";

    [PostgresFact]
    public async Task A_comment_its_notifications_and_its_webhook_survive_a_kill_on_postgres()
    {
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        using var directory = new TempDirectory();
        var receiverPort = FreePort.Next();
        string[] configuration =
        [
            .. PostgresStorageTests.Configuration(connectionString),
            "--Webhooks:AllowHttp=true",
            "--Webhooks:AllowLoopback=true",
            "--Webhooks:BackoffUnit=00:00:00.200",
        ];
        await using var host = await HostProcess.Start(directory.Path, configuration);
        var admin = TestTokens.Issue(TestTokens.SigningKey, Community, "admin");
        var alice = TestTokens.Issue(TestTokens.SigningKey, Community, "alice", Role.Member);
        var bob = TestTokens.Issue(TestTokens.SigningKey, Community, "bob", Role.Member);
        await CommunityScenario.Seed(host, admin, Community, "Talk", "Admin");
        await host.GraphQL("mutation { joinCommunity(input: { displayName: \"Alice\" }) { id } }", alice);
        await host.GraphQL("mutation { joinCommunity(input: { displayName: \"Bob\" }) { id } }", bob);
        await host.GraphQL(
            "mutation($url: String!) { addWebhook(input: { url: $url, events: [COMMENT_POSTED] }) { webhook { id } } }",
            admin,
            new { url = $"http://127.0.0.1:{receiverPort}/hook" });
        await host.GraphQL(
            "mutation { postHelpRequest(input: { id: \"h1\", kind: NEED, title: \"Move a sofa\", description: \"Third floor\", location: { latitude: 48.85, longitude: 2.35 } }) { id } }",
            alice);
        const string post = "mutation { postComment(input: { id: \"c1\", subject: HELP_REQUEST, subjectId: \"h1\", body: \"I can, @alice\" }) { id } }";
        await host.GraphQL(post, bob);
        await host.GraphQL("mutation { volunteerForHelpRequest(requestId: \"h1\") { id } }", bob);

        host.Kill();
        var received = new ConcurrentDictionary<string, string>();
        await using var receiver = await WebhookCrashTests.StartReceiver(receiverPort, received);
        await host.Restart();
        await host.GraphQL(post, bob);

        await Poll.Until(() => Task.FromResult(!received.IsEmpty), TimeSpan.FromSeconds(60), "the pending COMMENT_POSTED delivered after the restart");
        var inbox = await host.GraphQL("{ notifications { totalCount nodes { kind subjectId } } }", alice);
        var thread = await host.GraphQL("{ thread(subject: HELP_REQUEST, subjectId: \"h1\") { commentCount comments { nodes { id body } } } }", alice);
        Assert.Equal(["comment-posted:c1"], received.Keys);
        Assert.Equal("c1", JsonDocument.Parse(received.Values.Single()).RootElement.GetProperty("data").GetProperty("commentId").GetString());
        Assert.Equal(
            ["HELP_VOLUNTEER", "MENTION"],
            inbox.GetProperty("notifications").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()));
        Assert.Equal(1, thread.GetProperty("thread").GetProperty("commentCount").GetInt32());
        Assert.Equal("I can, @alice", thread.GetProperty("thread").GetProperty("comments").GetProperty("nodes")[0].GetProperty("body").GetString());
    }
}
