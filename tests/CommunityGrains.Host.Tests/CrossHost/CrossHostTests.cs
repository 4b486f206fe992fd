using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using CommunityGrains.Host.Tests.Storage;

namespace CommunityGrains.Host.Tests.CrossHost;

/// <summary>
/// Two hosts of one cluster on one PostgreSQL: what is done through host A must be seen at once through host B.
/// Notifications cross hosts through an Orleans stream whose subscriptions live in the shared PubSubStore; community
/// settings through each silo's leased copy of the community.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CrossHostTests(PostgresServer postgres) : IAsyncLifetime
{
    private const string Community = "live";

    private readonly TempDirectory _directory = new();
    private HostProcess? _a;
    private HostProcess? _b;

    private HostProcess A => _a!;

    private HostProcess B => _b!;

    public async Task InitializeAsync()
    {
        if (PostgresServer.BinDirectory is null)
        {
            return;
        }

        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        string[] configuration = [.. PostgresStorageTests.Configuration(connectionString), "--Orleans:ClusterId=live"];
        _a = await HostProcess.Start(_directory.Path, configuration);
        _b = await HostProcess.Start(_directory.Path, configuration);
        await CommunityScenario.Seed(A, Token("admin", Role.Admin), Community, "Live", "Admin");
        foreach (var member in (string[])["author", "voter", "helper"])
        {
            await A.GraphQL("mutation($name: String!) { joinCommunity(input: { displayName: $name }) { id } }", Token(member), new { name = member });
        }
    }

    public async Task DisposeAsync()
    {
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        _directory.Dispose();
    }

    [PostgresFact]
    public async Task A_vote_cast_on_one_host_reaches_a_tally_subscriber_on_another()
    {
        var proposalId = await ProposalInVoting();
        await using var subscriber = await GraphQLSocket.Connect(B.BaseAddress, Token("author"));
        await subscriber.SubscribeAndListen("tally", "subscription($id: ID!) { proposalTally(proposalId: $id) { for against total } }", new { id = proposalId });

        await A.GraphQL("mutation($id: ID!) { castVote(input: { proposalId: $id, choice: FOR }) { id } }", Token("voter"), new { id = proposalId });
        var tally = (await subscriber.ReceiveData()).GetProperty("proposalTally");

        Assert.Equal((1, 1), (tally.GetProperty("for").GetInt32(), tally.GetProperty("total").GetInt32()));
    }

    [PostgresFact]
    public async Task A_volunteer_on_one_host_reaches_the_author_subscribed_on_another()
    {
        var posted = await A.GraphQL(
            """mutation { postHelpRequest(input: { kind: NEED, title: "Carry a sofa", description: "Third floor.", location: { latitude: 48.85, longitude: 2.35 } }) { id } }""",
            Token("author"));
        var requestId = posted.GetProperty("postHelpRequest").GetProperty("id").GetString();
        await using var subscriber = await GraphQLSocket.Connect(B.BaseAddress, Token("author"));
        await subscriber.SubscribeAndListen("mine", "subscription { myHelpRequestUpdates { id volunteers { id } } }");

        await A.GraphQL("mutation($id: ID!) { volunteerForHelpRequest(requestId: $id) { id } }", Token("helper"), new { id = requestId });
        var update = (await subscriber.ReceiveData()).GetProperty("myHelpRequestUpdates");

        Assert.Equal((requestId, "helper"), (update.GetProperty("id").GetString(), update.GetProperty("volunteers")[0].GetProperty("id").GetString()));
    }

    [PostgresFact]
    public async Task A_point_rule_changed_through_one_host_applies_at_once_to_awards_through_the_other()
    {
        var learners = Enumerable.Range(0, 12).Select(i => $"learner{i}").ToArray();
        foreach (var learner in learners)
        {
            await A.GraphQL("mutation($name: String!) { joinCommunity(input: { displayName: $name }) { id } }", Token(learner), new { name = learner });
            await A.GraphQL("mutation($id: ID!) { createStudyGroup(input: { id: $id, name: \"Solo\", goal: \"Practise\" }) { id } }", Token(learner), new { id = learner });
        }

        // Every learner's grain reads the community now, on whichever silo it lives: each silo holds the old rules.
        var before = await Task.WhenAll(learners.Select(Points));
        await A.GraphQL("mutation { configureCommunity(input: { pointRules: [{ action: CHECK_IN, points: 9 }] }) { id } }", Token("admin", Role.Admin));
        await Task.WhenAll(learners.Select(learner =>
            B.GraphQL("mutation($g: ID!) { checkIn(input: { groupId: $g }) { id } }", Token(learner), new { g = learner })));
        var after = await Task.WhenAll(learners.Select(Points));

        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First + 9, pair.Second));
    }

    private async Task<int> Points(string member) =>
        (await B.GraphQL("{ me { points } }", Token(member))).GetProperty("me").GetProperty("points").GetInt32();

    private static string Token(string member, Role role = Role.Member) => TestTokens.Issue(TestTokens.SigningKey, Community, member, role);

    private async Task<string> ProposalInVoting()
    {
        var draft = await A.GraphQL(
            """mutation { saveProposalDraft(input: { title: "Bike racks", body: "More racks near the station.", tags: ["mobility"] }) { id } }""",
            Token("author"));
        var id = draft.GetProperty("saveProposalDraft").GetProperty("id").GetString()!;
        await A.GraphQL("mutation($id: ID!) { submitProposal(proposalId: $id) { id } }", Token("author"), new { id });
        await A.GraphQL("mutation($id: ID!) { scoreProposal(input: { proposalId: $id, feasibility: 4, innovation: 4, value: 4 }) { id } }", Token("admin", Role.Admin), new { id });
        var closesAt = DateTimeOffset.UtcNow.AddDays(2).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await A.GraphQL("mutation($id: ID!, $at: DateTime!) { openVoting(input: { proposalId: $id, closesAt: $at }) { id } }", Token("admin", Role.Admin), new { id, at = closesAt });
        return id;
    }
}
