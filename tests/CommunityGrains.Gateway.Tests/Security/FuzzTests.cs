using System.Net;
using System.Text;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// Thousands of random and mutated GraphQL documents and JSON bodies, from a fixed seed so a failure reproduces.
/// Whatever arrives, the answer is a 2xx/4xx with a clean error, never a 5xx or a leak of internals.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FuzzTests(TestHost host, ITestOutputHelper output)
{
    private const int Seed = 20261125;
    private const int Requests = 3000;

    private static readonly string[] Documents =
    [
        "{ me { id displayName points lifetimePoints tier { name level } badges { reason } } }",
        "{ community { id name timeZone stats { members membersByTier { tier members } } pointRules { action points } } }",
        "query($id: ID!) { member(id: $id) { id pointsHistory(first: 5) { totalCount edges { cursor node { id points } } } } }",
        "mutation($n: String!) { updateProfile(input: { displayName: $n, interests: [\"a\", \"b\"] }) { id displayName } }",
        "mutation { configureCommunity(input: { timeZone: \"Asia/Shanghai\", pointRules: [{ action: VOTE, points: 4 }] }) { id } }",
        "mutation { setIncentiveTiers(tiers: [{ name: \"A\", minLifetimePoints: 0 }, { name: \"B\", minLifetimePoints: 10 }]) { name } }",
        "mutation($i: JoinCommunityInput!) { joinCommunity(input: $i) { id } }",
        "{ __schema { types { name fields { name } } } }",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "$", "!", "...", "@skip(if: true)", "query", "mutation", "subscription", "fragment F on Member { id }",
        "\"", "\\u0000", "🌸", "中文", "null", "-1", "99999999999999999999", "1e400", "[", "]", ":", "__typename", "#", "\n",
        "after: \"zzz\"", "first: -5", "first: 1000", "id: \"../../etc\"", "displayName: \"\"", "segment: ROOT",
    ];

    private static readonly string[] Leaks = ["   at ", "Exception", "CommunityGrains.", "/work/", "Orleans.", "System."];

    [Fact]
    public async Task Random_and_mutated_requests_never_cause_a_5xx_or_leak_internals()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("fuzzed");
        var random = new Random(Seed);
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            var (body, contentType) = NextBody(random);
            var client = random.Next(4) == 0 ? community.Admin : member;
            using var content = new StringContent(body, Encoding.UTF8, contentType);
            using var response = await client.Http.PostAsync("/graphql", content);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;

            Assert.True(status < 500, $"request {i} (seed {Seed}) got {status}: {body[..Math.Min(body.Length, 300)]}\n{text}");
            Assert.DoesNotContain(Leaks, leak => text.Contains(leak, StringComparison.Ordinal));
        }

        output.WriteLine($"{Requests} requests, statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        (await member.Send("{ me { id } }")).EnsureSuccess();
    }

    private static (string Body, string ContentType) NextBody(Random random) => random.Next(10) switch
    {
        0 => (RandomBytesAsText(random), "application/json"),
        1 => ("{\"query\": " + RandomJsonValue(random, 0) + "}", "application/json"),
        2 => (Json(Documents[random.Next(Documents.Length)], "{\"id\": " + RandomJsonValue(random, 0) + ", \"n\": " + RandomJsonValue(random, 0) + ", \"i\": " + RandomJsonValue(random, 0) + "}"), "application/json"),
        3 => (Json(Mutate(Documents[random.Next(Documents.Length)], random), "{}"), random.Next(5) == 0 ? "text/plain" : "application/json"),
        4 => ("{\"query\":\"{ me { id } }\",\"variables\":" + new string('[', 200 + random.Next(2000)) + "}", "application/json"),
        _ => (Json(Mutate(Documents[random.Next(Documents.Length)], random), "{\"id\":\"fuzzed\",\"n\":\"x\",\"i\":{\"displayName\":\"y\"}}"), "application/json"),
    };

    private static string Mutate(string document, Random random)
    {
        var text = new StringBuilder(document);
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(3))
            {
                case 0 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 8), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                default:
                    text.Insert(at, string.Concat(Enumerable.Repeat(Fragments[random.Next(Fragments.Length)], random.Next(1, 40))));
                    break;
            }
        }

        return text.ToString();
    }

    private static string RandomJsonValue(Random random, int depth) => random.Next(depth > 3 ? 5 : 8) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => (random.NextDouble() * 1e12 - 5e11).ToString(System.Globalization.CultureInfo.InvariantCulture),
        3 => System.Text.Json.JsonSerializer.Serialize(Fragments[random.Next(Fragments.Length)] + new string('x', random.Next(0, 6000))),
        4 => "\"\"",
        5 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => RandomJsonValue(random, depth + 1))) + "]",
        _ => "{\"displayName\": " + RandomJsonValue(random, depth + 1) + ", \"segment\": " + RandomJsonValue(random, depth + 1) + "}",
    };

    private static string RandomBytesAsText(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }

    private static string Json(string query, string variables) =>
        "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query) + ",\"variables\":" + variables + "}";
}
