using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

/// <summary>The GraphQL a study-group member sends, as reusable steps.</summary>
public static class StudyGroupSteps
{
    public static Task<GraphQLResponse> CreateGroup(this GraphQLClient client, string id, int? capacity = null, string? mentorId = null, string name = "Spanish B1") =>
        client.Send(
            "mutation($id: ID, $name: String!, $capacity: Int, $mentor: ID) { createStudyGroup(input: { id: $id, name: $name, goal: \"Pass the exam\", capacity: $capacity, mentorId: $mentor }) { id name capacity members { id } mentor { id } } }",
            new { id, name, capacity = capacity ?? 5, mentor = mentorId });

    public static Task<GraphQLResponse> Group(this GraphQLClient client, string id, string goal, int capacity = 5, string[]? tags = null) =>
        client.Send(
            "mutation($id: ID, $name: String!, $goal: String!, $capacity: Int, $tags: [String!]) { createStudyGroup(input: { id: $id, name: $name, goal: $goal, capacity: $capacity, tags: $tags }) { id tags } }",
            new { id, name = id, goal, capacity, tags });

    public static Task<GraphQLResponse> JoinGroup(this GraphQLClient client, string groupId) =>
        client.Send("mutation($g: ID!) { joinStudyGroup(groupId: $g) { id members { id } } }", new { g = groupId });

    public static Task<GraphQLResponse> CheckIn(this GraphQLClient client, string groupId, string? note = null) =>
        client.Send("mutation($g: ID!, $n: String) { checkIn(input: { groupId: $g, note: $n }) { id date note highlighted member { id } reviews { rating comment reviewer { id } } } }", new { g = groupId, n = note });

    public static Task<GraphQLResponse> Review(this GraphQLClient client, string groupId, string checkInId, int rating, string? comment = null) =>
        client.Send(
            "mutation($g: ID!, $c: ID!, $r: Int!, $m: String) { reviewCheckIn(input: { groupId: $g, checkInId: $c, rating: $r, comment: $m }) { id reviews { rating comment reviewer { id } } } }",
            new { g = groupId, c = checkInId, r = rating, m = comment });

    public static Task<GraphQLResponse> Highlight(this GraphQLClient client, string groupId, string checkInId) =>
        client.Send("mutation($g: ID!, $c: ID!) { highlightCheckIn(groupId: $g, checkInId: $c) { id highlighted } }", new { g = groupId, c = checkInId });

    public static async Task<string> CheckInId(this GraphQLClient client, string groupId, string? note = null) =>
        (await client.CheckIn(groupId, note)).EnsureSuccess().Get("checkIn.id").GetString()!;

    /// <summary>
    /// The next local time of day in a zone, at least one day ahead: the host's clock is shared, so tests
    /// only ever move it forward from wherever other tests left it.
    /// </summary>
    public static DateTimeOffset NextLocal(this TestHost host, string zoneId, TimeOnly at, DayOfWeek? weekday = null)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Time.GetUtcNow(), zone).DateTime).AddDays(1);
        while (weekday is { } day && date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        var local = date.ToDateTime(at);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateOnly LocalDate(this TestHost host, string zoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(zoneId)).DateTime);
}
