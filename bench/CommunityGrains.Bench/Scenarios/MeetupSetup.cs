using System.Globalization;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>The meetup both event scenarios start from: every member registered for one LIVE event, and its sign-in code.</summary>
internal static class MeetupSetup
{
    public const string EventId = "meetup";

    public static async Task<string> LiveEventWithEveryoneRegistered(ScenarioContext context)
    {
        await context.CreateCommunity();
        var startsAt = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var endsAt = DateTimeOffset.UtcNow.AddHours(5).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await context.Graph(context.Moderator,
            "mutation($id: ID!, $s: DateTime!, $e: DateTime!, $n: Int!) { c: createEvent(input: {id: $id, title: \"Bench meetup\", format: ONLINE, startsAt: $s, endsAt: $e, capacity: $n}) { id } p: publishEvent(eventId: $id) { id } }",
            new { id = EventId, s = startsAt, e = endsAt, n = context.Members.Length });
        await context.ForEach("members registered", context.Members.Length, i =>
            context.Graph(context.Members[i], "mutation($id: ID!) { registerForEvent(eventId: $id) { status } }", new { id = EventId }));
        var started = await context.Graph(context.Moderator,
            "mutation($id: ID!) { s: startEvent(eventId: $id) { id } c: issueSignInCode(eventId: $id) { code } }", new { id = EventId });
        return started["c"]!["code"]!.GetValue<string>();
    }

    public static async Task<int> Attended(ScenarioContext context) =>
        (await context.Graph(context.Moderator, "query($id: ID!) { event(id: $id) { attended } }", new { id = EventId }))["event"]!["attended"]!.GetValue<int>();
}
