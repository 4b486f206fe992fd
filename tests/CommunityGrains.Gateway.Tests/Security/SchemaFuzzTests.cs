using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Proposals;
using CommunityGrains.Gateway.Tests.StudyGroups;
using CommunityGrains.Gateway.Transport;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// Documents generated from the schema the gateway serves (read by introspection over HTTP), sent over HTTP and
/// graphql-transport-ws as anonymous, member, moderator and admin of one community and as a member of another.
/// Pass: no 5xx, no internals in any answer, nothing of the other community in any answer, and afterwards every
/// ledger sums to its balance, every tally equals the ballots cast and every reward's stock plus its redemptions is
/// what was added. A fixed seed in CI; <c>COMMUNITYGRAINS_FUZZ_DOCUMENTS=200000</c> (and <c>COMMUNITYGRAINS_FUZZ_SEED</c>)
/// for the long run.
/// </summary>
public sealed class SchemaFuzzTests(KestrelTestHost host, ITestOutputHelper output) : IClassFixture<KestrelTestHost>
{
    private const int DefaultSeed = 20261207;
    private const int DefaultDocuments = 5000;
    private const int Senders = 4;
    private const int RewardCost = 7;
    private const int RewardStock = 40;

    /// <summary>Written only into community A: an answer to anyone of B that carries it is a leak between communities.</summary>
    private const string SecretOfA = "alphaSecret";
    private const string SecretOfB = "bravoSecret";

    /// <summary>Far above any answer on a loaded CI machine, far below HttpClient's 100 s, so a hang names its document.</summary>
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(60);

    private static readonly string[] Unexpected = [ErrorCodes.InternalError, ErrorCodes.Unavailable];

    /// <summary>The gateway's default <c>Limits:MaxRequestBodyBytes</c>.</summary>
    private static readonly long BodyLimit = new LimitsOptions().MaxRequestBodyBytes;

    private static readonly string[] Internals =
    [
        "   at ", "Exception", "CommunityGrains.", "Orleans.", "System.", "Microsoft.", "/work/", "/src/", ".cs:line", "Npgsql", "SQLite", "SELECT ", "INSERT INTO",
    ];

    [Fact]
    public async Task Generated_documents_never_fail_the_server_leak_internals_or_cross_communities()
    {
        var seed = Setting("COMMUNITYGRAINS_FUZZ_SEED", DefaultSeed);
        var documents = Setting("COMMUNITYGRAINS_FUZZ_DOCUMENTS", DefaultDocuments);
        var clock = Stopwatch.StartNew();
        var world = await World.Create(host);
        var schema = FuzzSchema.Read((await host.Anonymous().Send(FuzzSchema.IntrospectionQuery)).EnsureSuccess().Data);
        var generator = new FuzzDocuments(schema, new Random(seed), world.Ids, world.IdsByName);
        var random = new Random(seed + 1);
        // Generated as they are sent (Parallel.ForEachAsync draws from the sequence one at a time, so the order stays the
        // seed's): 200,000 documents held at once took gigabytes, and the GC pauses of this process, which also hosts
        // the server, stalled the server for seconds.
        var batch = Enumerable.Range(0, documents)
            .Select(i => (Index: i, Actor: world.Actors[random.Next(world.Actors.Count)], Document: generator.Next(overSocket: false)));
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();

        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Senders }, async (item, _) =>
        {
            var body = $"{{\"query\":{JsonSerializer.Serialize(item.Document.Query)},\"variables\":{item.Document.Variables}}}";
            int status;
            string text;
            try
            {
                (status, text) = await Send(world.Http, body, item.Actor.Token);
            }
            catch (HttpRequestException) when (Encoding.UTF8.GetByteCount(body) > BodyLimit)
            {
                // Kestrel answers 413 and closes the connection without reading the rest of an oversized body, so the
                // client may not see the answer: the request was refused unread, which is all that matters here.
                (status, text) = (StatusCodes.Status413PayloadTooLarge, "");
            }
            catch (HttpRequestException)
            {
                // A pooled connection the server closed meanwhile (it closes one after refusing an oversized body) fails
                // before the server sees the request; one more try goes over a new connection. A dead server fails it too.
                try
                {
                    (status, text) = await Send(world.Http, body, item.Actor.Token);
                }
                catch (HttpRequestException error)
                {
                    failures.Enqueue($"document {item.Index} (seed {seed}) as {item.Actor.Name}: no answer ({error.Message})\n{Trim(item.Document.Query)}\nvariables {Trim(item.Document.Variables)}");
                    return;
                }
            }
            catch (OperationCanceledException) when (Encoding.UTF8.GetByteCount(body) > BodyLimit)
            {
                // Refused unread as well: Kestrel stopped reading the oversized body, so the client never finished sending it.
                (status, text) = (StatusCodes.Status413PayloadTooLarge, "");
            }
            catch (OperationCanceledException)
            {
                failures.Enqueue($"document {item.Index} (seed {seed}) as {item.Actor.Name}: no answer within {AnswerWithin.TotalSeconds:0} s\n{Trim(item.Document.Query)}\nvariables {Trim(item.Document.Variables)}");
                return;
            }

            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (Problem(status, text, item.Actor) is { } problem)
            {
                failures.Enqueue($"document {item.Index} (seed {seed}) as {item.Actor.Name}: {problem}\n{Trim(item.Document.Query)}\nvariables {Trim(item.Document.Variables)}\n-> {Trim(text)}");
            }
        });
        var overHttp = clock.Elapsed;

        var socketDocuments = Math.Max(documents / 20, 50);
        foreach (var actor in world.Actors.Where(a => a.Token is not null))
        {
            await using var socket = await GraphQLSocket.Connect(host.BaseAddress, actor.Token!);
            for (var i = 0; i < socketDocuments / 4; i++)
            {
                var (query, variables) = generator.Next(overSocket: true);
                var id = "s" + i.ToString(CultureInfo.InvariantCulture);
                var subscribe = $"{{\"type\":\"subscribe\",\"id\":\"{id}\",\"payload\":{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variables}}}}}";
                if (Encoding.UTF8.GetByteCount(subscribe) > BodyLimit)
                {
                    // The server closes the socket on such a message (4400, WebSocketTransportTests); over HTTP it is a 413.
                    continue;
                }

                await socket.SendText(subscribe);
                await socket.Send(new { type = "complete", id });
                await socket.Send(new { type = "ping" });
                if (await UntilPong(socket, message =>
                    {
                        if (Problem(200, message.ToString(), actor) is { } problem)
                        {
                            failures.Enqueue($"socket document {i} (seed {seed}) as {actor.Name}: {problem}\n{Trim(query)}\n-> {Trim(message.ToString())}");
                        }
                    }) is false)
                {
                    // Messages are handled in order, so this document held up the pong: the socket is stuck on it.
                    failures.Enqueue($"socket document {i} (seed {seed}) as {actor.Name}: no pong within {AnswerWithin.TotalSeconds:0} s\n{Trim(query)}\nvariables {Trim(variables)}");
                    break;
                }
            }
        }

        output.WriteLine($"seed {seed}: {documents} documents over HTTP in {overHttp.TotalSeconds:F1} s ({documents / overHttp.TotalSeconds:F0}/s), " +
            $"{socketDocuments} over graphql-transport-ws; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.IsEmpty, $"{failures.Count} failures; first ones:\n{string.Join("\n\n", failures.Take(5))}");

        var checkedItems = await world.CheckInvariants();
        output.WriteLine($"invariants held over {checkedItems}; total {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string? Problem(int status, string text, Actor actor)
    {
        if (status >= 500)
        {
            return $"HTTP {status}";
        }

        // An unexpected exception is a bug even when it leaks nothing: bad input gets a clear error naming the field. Nothing
        // is down here, so "unavailable" means a call timed out.
        if (Unexpected.FirstOrDefault(code => text.Contains($"\"{code}\"", StringComparison.Ordinal)) is { } code)
        {
            return $"failed unexpectedly ({code})";
        }

        if (Internals.FirstOrDefault(leak => text.Contains(leak, StringComparison.Ordinal)) is { } leak)
        {
            return $"carries internals ({leak.Trim()})";
        }

        string[] foreign = actor.Community switch
        {
            World.A => [SecretOfB],
            World.B => [SecretOfA],
            _ => [SecretOfA, SecretOfB],
        };
        return foreign.FirstOrDefault(secret => text.Contains(secret, StringComparison.Ordinal)) is { } seen ? $"carries data of another community ({seen})" : null;
    }

    private static async Task<(int Status, string Text)> Send(HttpClient http, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var answered = new CancellationTokenSource(AnswerWithin);
        using var response = await http.SendAsync(request, answered.Token);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(answered.Token));
    }

    /// <summary>Reads up to the pong, passing every other message on; false when none came within <see cref="AnswerWithin"/>.</summary>
    private static async Task<bool> UntilPong(GraphQLSocket socket, Action<JsonElement> other)
    {
        try
        {
            for (var message = await socket.Receive(AnswerWithin); message.GetProperty("type").GetString() != "pong"; message = await socket.Receive(AnswerWithin))
            {
                other(message);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string Trim(string text) => text.Length > 600 ? text[..600] + "…" : text;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private sealed record Actor(string Name, string? Community, string? Token);

    /// <summary>Two communities with a proposal in voting, a reward and members with points, and who acts in them.</summary>
    private sealed class World
    {
        public const string A = "a";
        public const string B = "b";
        public const string GroupId = "g";

        private readonly TestCommunity _a;
        private readonly TestCommunity _b;
        private readonly Dictionary<string, GraphQLClient> _clients;
        private readonly string _rewardId;

        private World(TestCommunity a, TestCommunity b, Dictionary<string, GraphQLClient> clients, string proposalId, string rewardId, HttpClient http)
        {
            _a = a;
            _b = b;
            _clients = clients;
            _rewardId = rewardId;
            Http = http;
            Actors =
            [
                new("anonymous", null, null),
                .. clients.Select(c => new Actor(c.Key, c.Key.StartsWith("b-", StringComparison.Ordinal) ? B : A, c.Value.Token)),
            ];
            Ids = [proposalId, rewardId, GroupId, a.Id, b.Id, "admin", "mod", "member", "author", "bmember", "cold", Guid.NewGuid().ToString("N")];
            string[] members = ["admin", "mod", "member", "author", "bmember"];
            IdsByName = new Dictionary<string, string[]>
            {
                ["reward"] = [rewardId],
                ["proposal"] = [proposalId],
                ["group"] = [GroupId],
                ["member"] = members,
                ["mentor"] = members,
                ["assignee"] = members,
            };
        }

        public IReadOnlyDictionary<string, string[]> IdsByName { get; }

        public IReadOnlyList<Actor> Actors { get; }

        public IReadOnlyList<string> Ids { get; }

        public HttpClient Http { get; }

        public static async Task<World> Create(KestrelTestHost host)
        {
            var a = await host.NewCommunity();
            var b = await host.NewCommunity();
            var steps = new ProposalSteps(a, await a.Member("author", displayName: SecretOfA + " author"), await a.Member("mod", Role.Moderator, SecretOfA + " moderator"));
            var proposalId = await steps.Voting(TimeSpan.FromDays(30));
            var member = await a.Member("member", displayName: SecretOfA + " member");
            (await member.CreateGroup(GroupId, capacity: 5, name: SecretOfA + " group")).EnsureSuccess();
            var bMember = await b.Member("bmember", displayName: SecretOfB + " member");
            (await steps.Moderator.Send(
                "mutation($name: String!, $cost: Int!, $stock: Int!) { addReward(input: { id: \"mug\", name: $name, cost: $cost, stock: $stock }) { id } }",
                new { name = SecretOfA + " mug", cost = RewardCost, stock = RewardStock })).EnsureSuccess();
            foreach (var who in new[] { "admin", "mod", "member", "author" })
            {
                await a.Give(who, 1000);
            }

            var clients = new Dictionary<string, GraphQLClient>
            {
                ["a-admin"] = a.Admin,
                ["a-mod"] = steps.Moderator,
                ["a-member"] = member,
                ["b-bmember"] = bMember,
            };
            return new World(a, b, clients, proposalId, "mug", host.CreateClient());
        }

        /// <summary>Checks the three invariants and says what it counted.</summary>
        public async Task<string> CheckInvariants()
        {
            var ledgers = 0;
            foreach (var (name, client) in _clients.Append(new("a-author", _a.As("author"))).Append(new("b-admin", _b.Admin)))
            {
                var me = (await client.Send("{ me { points } }")).EnsureSuccess().Get("me.points").GetInt32();
                var entries = await Ledger(client);
                Assert.True(me == entries.Sum(e => e.Points), $"{name}: balance {me} but the ledger sums to {entries.Sum(e => e.Points)}");
                ledgers++;
            }

            var proposals = (await _a.Admin.Send("{ proposals(first: 100) { nodes { id tally { for against abstain total } } } }")).EnsureSuccess()
                .Get("proposals.nodes").EnumerateArray().ToList();
            var voters = _clients.Where(c => !c.Key.StartsWith("b-", StringComparison.Ordinal)).Select(c => c.Value).Append(_a.As("author")).ToList();
            foreach (var proposal in proposals)
            {
                var id = proposal.GetProperty("id").GetString()!;
                var ballots = new List<string>();
                foreach (var voter in voters)
                {
                    var vote = (await voter.Send("query($id: ID!) { proposal(id: $id) { myVote } }", new { id })).EnsureSuccess().Get("proposal.myVote");
                    if (vote.ValueKind == JsonValueKind.String)
                    {
                        ballots.Add(vote.GetString()!);
                    }
                }

                var tally = proposal.GetProperty("tally");
                Assert.Equal(
                    (ballots.Count(b => b == "FOR"), ballots.Count(b => b == "AGAINST"), ballots.Count(b => b == "ABSTAIN"), ballots.Count),
                    (tally.GetProperty("for").GetInt32(), tally.GetProperty("against").GetInt32(), tally.GetProperty("abstain").GetInt32(), tally.GetProperty("total").GetInt32()));
            }

            var cast = proposals.Sum(p => p.GetProperty("tally").GetProperty("total").GetInt32());
            var redemptions = 0;
            foreach (var voter in voters)
            {
                redemptions += (await Ledger(voter)).Count(e => e.Action == "REDEMPTION" && e.Points == -RewardCost);
            }

            var stock = await _a.Admin.Stock(_rewardId);
            Assert.True(stock + redemptions == RewardStock, $"reward stock {stock} plus {redemptions} redemptions is not the {RewardStock} added");
            return $"{ledgers} ledgers, {proposals.Count} proposal tallies ({cast} ballots), 1 reward ({redemptions} redemptions)";
        }

        private static async Task<List<(string Action, int Points)>> Ledger(GraphQLClient client)
        {
            var entries = new List<(string, int)>();
            string? after = null;
            while (true)
            {
                var page = (await client.Send(
                    "query($after: String) { me { pointsHistory(first: 100, after: $after) { edges { node { action points } } pageInfo { hasNextPage endCursor } } } }",
                    new { after })).EnsureSuccess().Get("me.pointsHistory");
                entries.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("node").GetProperty("action").GetString()!, e.GetProperty("node").GetProperty("points").GetInt32())));
                var info = page.GetProperty("pageInfo");
                if (!info.GetProperty("hasNextPage").GetBoolean())
                {
                    return entries;
                }

                after = info.GetProperty("endCursor").GetString();
            }
        }
    }
}
