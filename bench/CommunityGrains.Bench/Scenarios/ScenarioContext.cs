using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CommunityGrains.Bench.Load;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Auth;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>
/// One community of members with pre-minted tokens (member <c>i</c> is <c>m{i}</c>), and the helpers scenarios use to
/// set it up through the public API, or through bench/Baseline's seed endpoint in baseline mode.
/// </summary>
internal sealed class ScenarioContext
{
    public const string TimeZone = "Asia/Shanghai";

    /// <summary>Proposals the moderator screens and opens per request during setup.</summary>
    private const int ModeratorBatch = 25;
    private readonly TokenIssuer _tokens;
    private readonly TextWriter _log;

    public ScenarioContext(BenchOptions options, BenchClient client, int members, bool baseline, TextWriter log)
    {
        Options = options;
        Client = client;
        Baseline = baseline;
        _log = log;
        _tokens = new TokenIssuer(new AuthOptions { SigningKey = options.SigningKey }, TimeProvider.System);
        CommunityId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        Admin = Bearer("admin", Role.Admin);
        Moderator = Bearer("moderator", Role.Moderator);
        Members = Enumerable.Range(0, members).Select(i => Bearer(MemberId(i), Role.Member)).ToArray();
    }

    public BenchOptions Options { get; }

    public BenchClient Client { get; }

    public bool Baseline { get; }

    public string CommunityId { get; }

    public AuthenticationHeaderValue Admin { get; }

    public AuthenticationHeaderValue Moderator { get; }

    public AuthenticationHeaderValue[] Members { get; }

    public static string MemberId(int i) => "m" + i.ToString(CultureInfo.InvariantCulture);

    public static string GroupId(int i) => "g" + i.ToString(CultureInfo.InvariantCulture);

    public static string ProposalId(int i) => "p" + i.ToString(CultureInfo.InvariantCulture);

    public static BenchRequest GraphQL(AuthenticationHeaderValue auth, byte[] body, int member = -1, int tag = 0) =>
        new(HttpMethod.Post, "/graphql", auth, body, member, tag);

    public async Task<JsonNode> Graph(AuthenticationHeaderValue auth, string query, object? variables = null) =>
        (await Client.Json(GraphQL(auth, BenchClient.GraphQLBody(query, variables))))["data"]!;

    /// <summary>
    /// The community, its moderator and every member joined (or the same rows seeded in the baseline); with
    /// <paramref name="welcomePoints"/>, each member earns them on joining, in the same write.
    /// </summary>
    public async Task CreateCommunity(int welcomePoints = 0)
    {
        if (Baseline)
        {
            await Seed(0, 1, 0);
            return;
        }

        await Graph(Admin, "mutation($id: ID!) { createCommunity(input: {id: $id, name: \"Bench\", timeZone: \"" + TimeZone + "\"}) { id } }", new { id = CommunityId });
        if (welcomePoints > 0)
        {
            await Graph(Admin, "mutation($p: Int!) { configureCommunity(input: {welcomePoints: $p}) { id } }", new { p = welcomePoints });
        }

        await Graph(Moderator, "mutation { joinCommunity(input: {displayName: \"Moderator\"}) { id } }");
        await ForEach("members joined", Members.Length, i =>
            Graph(Members[i], "mutation($name: String!) { joinCommunity(input: {displayName: $name}) { id } }", new { name = "Member " + i.ToString(CultureInfo.InvariantCulture) }));
    }

    /// <summary>Study groups g0.. of <paramref name="size"/> members each: member (j*size + k) mod N belongs to group j.</summary>
    public async Task CreateGroups(int groups, int size)
    {
        if (Baseline)
        {
            await Seed(groups, size, 0);
            return;
        }

        await ForEach("groups created", groups, async j =>
        {
            await Graph(Members[GroupMember(j, 0, size)], "mutation($id: ID!, $name: String!) { createStudyGroup(input: {id: $id, name: $name, goal: \"Practice every day\", capacity: 5}) { id } }", new { id = GroupId(j), name = "Group " + GroupId(j) });
            for (var k = 1; k < size; k++)
            {
                await Graph(Members[GroupMember(j, k, size)], "mutation($id: ID!) { joinStudyGroup(groupId: $id) { id } }", new { id = GroupId(j) });
            }
        });
    }

    public int GroupMember(int group, int index, int size) => (group * size + index) % Members.Length;

    /// <summary>Proposals p0.. written by members, submitted, screened and opened for voting by the moderator.</summary>
    public async Task CreateProposals(int proposals)
    {
        if (Baseline)
        {
            await Seed(0, 1, proposals);
            return;
        }

        // The author's draft and submission go in one document, and the moderator screens and opens a batch of
        // proposals per document: mutation fields run one after another, so the order holds and HTTP/JWT costs once.
        var closesAt = DateTimeOffset.UtcNow.AddDays(7).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await ForEach("proposals submitted", proposals, i =>
        {
            var id = ProposalId(i);
            return Graph(Members[i % Members.Length],
                "mutation($id: ID!, $title: String!) { d: saveProposalDraft(input: {id: $id, title: $title, body: \"A bench proposal\"}) { id } s: submitProposal(proposalId: $id) { id } }",
                new { id, title = "Proposal " + id });
        });
        var batches = (proposals + ModeratorBatch - 1) / ModeratorBatch;
        await ForEach("batches of proposals opened for voting", batches, batch =>
        {
            var fields = new System.Text.StringBuilder("mutation {");
            for (var i = batch * ModeratorBatch; i < Math.Min(proposals, (batch + 1) * ModeratorBatch); i++)
            {
                var id = ProposalId(i);
                fields.Append(CultureInfo.InvariantCulture,
                    $" s{i}: scoreProposal(input: {{proposalId: \"{id}\", feasibility: 4, innovation: 4, value: 4}}) {{ id }} o{i}: openVoting(input: {{proposalId: \"{id}\", closesAt: \"{closesAt}\"}}) {{ id }}");
            }

            return Graph(Moderator, fields.Append(" }").ToString());
        });
    }

    /// <summary>Runs setup calls a few at a time, printing progress; setup is not measured.</summary>
    public async Task ForEach(string what, int count, Func<int, Task> action)
    {
        var done = 0;
        var parallel = Math.Min(Options.SetupConcurrency ?? 32, Math.Max(1, count));
        var next = -1;
        var lastPrinted = DateTime.UtcNow;
        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await WithRetry(action, i);
                var finished = Interlocked.Increment(ref done);
                if (DateTime.UtcNow - lastPrinted > TimeSpan.FromSeconds(5))
                {
                    lastPrinted = DateTime.UtcNow;
                    await _log.WriteLineAsync($"  setup: {finished:N0}/{count:N0} {what}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(Worker)));
        await _log.WriteLineAsync($"  setup: {count:N0} {what}");
    }

    /// <summary>Setup calls the server failed and the bench repeated (every setup mutation is safe to repeat).</summary>
    public int Retried => _retried;

    private int _retried;

    /// <summary>
    /// A setup call that fails is repeated twice, counted and logged: with many calls in flight the server has shown
    /// rare internal errors (a roster shard's state changed while being written), and a 100,000-member setup should
    /// not be lost to one. The count is reported so such errors stay visible.
    /// </summary>
    private async Task WithRetry(Func<int, Task> action, int i)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action(i);
                return;
            }
            catch (BenchSetupException failed) when (attempt < 3)
            {
                Interlocked.Increment(ref _retried);
                await _log.WriteLineAsync($"  setup: retrying call {i} after: {failed.Message[..Math.Min(200, failed.Message.Length)]}");
            }
        }
    }

    private AuthenticationHeaderValue Bearer(string memberId, Role role) =>
        new("Bearer", _tokens.Issue(CommunityId, memberId, role, TimeSpan.FromHours(12)));

    private async Task Seed(int groups, int size, int proposals) =>
        await Client.Json(new BenchRequest(HttpMethod.Post, "/baseline/seed", Admin,
            BenchClient.JsonBody(new { members = Members.Length, groups, groupSize = size, proposals })));
}
