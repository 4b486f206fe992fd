using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Events;

/// <summary>A community with a moderator, and the meetup calls the tests repeat, sent as an organiser's app sends them.</summary>
public sealed class EventSteps(TestCommunity community, GraphQLClient moderator)
{
    public const string Fields = "id title description format status startsAt endsAt venue capacity agenda { startsAt title } registered waitlisted attended staff { member { id } role }";
    public const string RegistrationFields = "member { id } status registeredAt attendedAt waitlistPosition";

    public TestCommunity Community { get; } = community;

    public GraphQLClient Moderator { get; } = moderator;

    public static async Task<EventSteps> Start(TestHost host)
    {
        var community = await host.NewCommunity();
        return new EventSteps(community, await community.Member("mod", Role.Moderator));
    }

    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public DateTimeOffset Now => Community.Host.Time.GetUtcNow();

    public Task<GraphQLResponse> Create(
        GraphQLClient who,
        string? id = null,
        string title = "Co-creation day",
        int capacity = 30,
        string format = "OFFLINE",
        string? venue = "Town hall, room 2",
        DateTimeOffset? startsAt = null,
        DateTimeOffset? endsAt = null,
        object[]? agenda = null)
    {
        var start = startsAt ?? Now.AddDays(7);
        return who.Send(
            $"mutation($input: CreateEventInput!) {{ createEvent(input: $input) {{ {Fields} }} }}",
            new
            {
                input = new
                {
                    id,
                    title,
                    description = "Feedback wall, breakout groups and a live vote.",
                    format,
                    startsAt = Iso(start),
                    endsAt = Iso(endsAt ?? start.AddHours(6)),
                    venue,
                    capacity,
                    agenda = agenda ?? [new { startsAt = Iso(start), title = "Welcome" }, new { startsAt = Iso(start.AddHours(1)), title = "Breakout groups" }],
                },
            });
    }

    /// <summary>A new event moved on to <paramref name="status"/> (DRAFT, PUBLISHED or LIVE).</summary>
    public async Task<string> Event(string status = "PUBLISHED", int capacity = 30, string? title = null, DateTimeOffset? startsAt = null)
    {
        var id = (await Create(Moderator, capacity: capacity, title: title ?? "Co-creation day", startsAt: startsAt)).EnsureSuccess().Get("createEvent.id").GetString()!;
        if (status is "PUBLISHED" or "LIVE")
        {
            (await Transition("publishEvent", id)).EnsureSuccess();
        }

        if (status == "LIVE")
        {
            (await Transition("startEvent", id)).EnsureSuccess();
        }

        return id;
    }

    public Task<GraphQLResponse> Transition(string mutation, string eventId, GraphQLClient? who = null) =>
        (who ?? Moderator).Send($"mutation($id: ID!) {{ {mutation}(eventId: $id) {{ {Fields} }} }}", new { id = eventId });

    public Task<GraphQLResponse> Read(GraphQLClient who, string eventId) =>
        who.Send($"query($id: ID!) {{ event(id: $id) {{ {Fields} myRegistration {{ {RegistrationFields} }} }} }}", new { id = eventId });

    public Task<GraphQLResponse> Register(GraphQLClient who, string eventId) =>
        who.Send($"mutation($id: ID!) {{ registerForEvent(eventId: $id) {{ {RegistrationFields} }} }}", new { id = eventId });

    public Task<GraphQLResponse> CancelRegistration(GraphQLClient who, string eventId) =>
        who.Send($"mutation($id: ID!) {{ cancelRegistration(eventId: $id) {{ {RegistrationFields} }} }}", new { id = eventId });

    public Task<GraphQLResponse> IssueCode(GraphQLClient who, string eventId) =>
        who.Send("mutation($id: ID!) { issueSignInCode(eventId: $id) { code expiresAt } }", new { id = eventId });

    public async Task<string> Code(string eventId) =>
        (await IssueCode(Moderator, eventId)).EnsureSuccess().Get("issueSignInCode.code").GetString()!;

    public Task<GraphQLResponse> SignIn(GraphQLClient who, string eventId, string code) =>
        who.Send($"mutation($id: ID!, $code: String!) {{ signInToEvent(eventId: $id, code: $code) {{ {RegistrationFields} }} }}", new { id = eventId, code });

    public Task<GraphQLResponse> MarkAttendance(GraphQLClient who, string eventId, string memberId) =>
        who.Send($"mutation($id: ID!, $member: ID!) {{ markAttendance(eventId: $id, memberId: $member) {{ {RegistrationFields} }} }}", new { id = eventId, member = memberId });

    public Task<GraphQLResponse> Registrations(GraphQLClient who, string eventId, string? status = null, int first = 20, string? after = null) =>
        who.Send(
            $"query($id: ID!, $status: RegistrationStatus, $first: Int, $after: String) {{ event(id: $id) {{ registrations(status: $status, first: $first, after: $after) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {RegistrationFields} }} }} }} }}",
            new { id = eventId, status, first, after });

    /// <summary>A joined member, registered for and signed in to a LIVE event.</summary>
    public async Task<GraphQLClient> Attendee(string eventId, string memberId, string code)
    {
        var member = await Community.Member(memberId);
        (await Register(member, eventId)).EnsureSuccess();
        (await SignIn(member, eventId, code)).EnsureSuccess();
        return member;
    }

    public static async Task<int> Points(GraphQLClient who) =>
        (await who.Send("{ me { points } }")).EnsureSuccess().Get("me.points").GetInt32();
}
