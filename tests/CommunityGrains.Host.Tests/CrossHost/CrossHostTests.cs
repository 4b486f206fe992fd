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
        try
        {
            _a = await HostProcess.Start(_directory.Path, configuration);
            _b = await HostProcess.Start(_directory.Path, configuration);
            await CommunityScenario.Seed(A, Token("admin", Role.Admin), Community, "Live", "Admin");
            foreach (var member in (string[])["author", "voter", "helper"])
            {
                await A.GraphQL("mutation($name: String!) { joinCommunity(input: { displayName: $name }) { id } }", Token(member), new { name = member });
            }
        }
        catch
        {
            // xunit does not dispose a class whose InitializeAsync threw: without this the host processes outlive the run.
            await DisposeAsync();
            throw;
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

    /// <summary>The meetup on PostgreSQL: organised through host A, watched and answered through host B.</summary>
    [PostgresFact]
    public async Task A_meetup_run_through_two_hosts_pushes_its_poll_and_sign_ins_to_watchers_and_keeps_its_questions_and_points()
    {
        var admin = Token("admin", Role.Admin);
        var startsAt = DateTimeOffset.UtcNow.AddHours(1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var endsAt = DateTimeOffset.UtcNow.AddHours(4).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await A.GraphQL(
            "mutation($s: DateTime!, $e: DateTime!) { createEvent(input: { id: \"meetup\", title: \"Co-creation day\", format: OFFLINE, venue: \"Town hall\", startsAt: $s, endsAt: $e, capacity: 1 }) { id } }",
            admin,
            new { s = startsAt, e = endsAt });
        await A.GraphQL("mutation { publishEvent(eventId: \"meetup\") { id } }", admin);
        await A.GraphQL("mutation { createSurvey(input: { id: \"after\", kind: NPS, title: \"After\", eventId: \"meetup\", phase: AFTER }) { id } }", admin);
        var voter = await A.GraphQL("mutation { registerForEvent(eventId: \"meetup\") { status } }", Token("voter"));
        var helper = await A.GraphQL("mutation { registerForEvent(eventId: \"meetup\") { status } }", Token("helper"));
        await A.GraphQL("mutation { startEvent(eventId: \"meetup\") { id } }", admin);
        var code = (await A.GraphQL("mutation { issueSignInCode(eventId: \"meetup\") { code } }", admin)).GetProperty("issueSignInCode").GetProperty("code").GetString();
        await A.GraphQL("mutation($c: String!) { signInToEvent(eventId: \"meetup\", code: $c) { status } }", Token("voter"), new { c = code });
        await A.GraphQL("mutation { createPoll(input: { id: \"best\", eventId: \"meetup\", question: \"Most valuable?\", options: [{ label: \"A\" }, { label: \"B\" }] }) { id } }", admin);
        await A.GraphQL("mutation { openPoll(pollId: \"best\") { id } }", admin);
        await using var results = await GraphQLSocket.Connect(B.BaseAddress, Token("author"));
        await results.SubscribeAndListen("results", "subscription { pollResults(pollId: \"best\") { ballots options { votes } } }");
        await using var updates = await GraphQLSocket.Connect(B.BaseAddress, admin);
        await updates.SubscribeAndListen("updates", "subscription { eventUpdates(eventId: \"meetup\") { registered waitlisted attended } }");

        await A.GraphQL("mutation { votePoll(pollId: \"best\", optionId: \"2\") { id } }", Token("voter"));
        var poll = await Until(results, "pollResults", p => p.GetProperty("ballots").GetInt32() == 1);
        await A.GraphQL("mutation { markAttendance(eventId: \"meetup\", memberId: \"helper\") { status } }", admin);
        var signedIn = await Until(updates, "eventUpdates", e => e.GetProperty("attended").GetInt32() == 2);
        await B.GraphQL("mutation { answerSurvey(input: { surveyId: \"after\", answers: [{ questionId: \"1\", score: 10 }] }) { id } }", Token("voter"));
        await B.GraphQL("mutation { askQuestion(input: { id: \"q1\", eventId: \"meetup\", body: \"When is the next one?\" }) { id } }", Token("voter"));
        await A.GraphQL("mutation { toggleQuestionUpvote(eventId: \"meetup\", questionId: \"q1\") { upvotes } }", Token("helper"));
        await B.GraphQL("mutation { answerQuestion(eventId: \"meetup\", questionId: \"q1\", answer: \"In March.\") { id } }", admin);
        var asked = (await A.GraphQL("{ event(id: \"meetup\") { questions { nodes { id upvotes answered answer } } } }", Token("author")))
            .GetProperty("event").GetProperty("questions").GetProperty("nodes");
        var card = (await B.GraphQL("{ event(id: \"meetup\") { scorecard { attended engagedAttendees npsAfter npsChange } } }", admin)).GetProperty("event").GetProperty("scorecard");

        Assert.Equal(("REGISTERED", "WAITLISTED"), (voter.GetProperty("registerForEvent").GetProperty("status").GetString(), helper.GetProperty("registerForEvent").GetProperty("status").GetString()));
        Assert.Equal([0, 1], poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()));
        Assert.Equal((2, 0), (signedIn.GetProperty("registered").GetInt32(), signedIn.GetProperty("waitlisted").GetInt32()));
        Assert.Equal((2, 1, 100.0), (card.GetProperty("attended").GetInt32(), card.GetProperty("engagedAttendees").GetInt32(), card.GetProperty("npsAfter").GetDouble()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, card.GetProperty("npsChange").ValueKind);
        Assert.Equal([("q1", 1, true, "In March.")], asked.EnumerateArray().Select(q =>
            (q.GetProperty("id").GetString(), q.GetProperty("upvotes").GetInt32(), q.GetProperty("answered").GetBoolean(), q.GetProperty("answer").GetString())));
        Assert.Equal(5 + 3 + 3 + 2, await Points("voter"));
    }

    /// <summary>Pushes are coalesced (a burst may arrive as its last state), so the test waits for the state it expects.</summary>
    private static async Task<System.Text.Json.JsonElement> Until(GraphQLSocket socket, string field, Func<System.Text.Json.JsonElement, bool> wanted)
    {
        while (true)
        {
            var payload = (await socket.ReceiveData()).GetProperty(field);
            if (wanted(payload))
            {
                return payload;
            }
        }
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
