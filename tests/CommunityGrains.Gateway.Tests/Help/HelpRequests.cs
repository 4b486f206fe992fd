using System.Globalization;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Help;

/// <summary>Builders for the help tests: points around a city centre and the GraphQL calls of the lifecycle.</summary>
public static class HelpRequests
{
    public const double CentreLatitude = 48.85;
    public const double CentreLongitude = 2.35;

    public const string Fields = "id kind title tags area status createdAt expiresAt author { id } volunteers { id } helper { id } completedAt ratings { from { id } to { id } stars comment }";

    /// <summary>A point <paramref name="northKm"/> north and <paramref name="eastKm"/> east of the centre.</summary>
    public static (double Latitude, double Longitude) At(double northKm, double eastKm = 0) =>
        (CentreLatitude + northKm / 111.195, CentreLongitude + eastKm / (111.195 * Math.Cos(CentreLatitude * Math.PI / 180)));

    public static async Task<string> Post(
        this GraphQLClient client, string kind = "NEED", (double Latitude, double Longitude)? at = null, string[]? tags = null, string? id = null, string title = "Help me carry a sofa")
    {
        var response = await client.PostRaw(kind, at ?? At(0), tags, id, title);
        return response.EnsureSuccess().Get("postHelpRequest.id").GetString()!;
    }

    public static Task<GraphQLResponse> PostRaw(
        this GraphQLClient client, string kind, (double Latitude, double Longitude) at, string[]? tags = null, string? id = null, string title = "Help me carry a sofa", string? expiresAt = null) =>
        client.Send(
            $"mutation($input: PostHelpRequestInput!) {{ postHelpRequest(input: $input) {{ {Fields} }} }}",
            new { input = new { id, kind, title, description = "Third floor, no lift.", tags, location = new { latitude = at.Latitude, longitude = at.Longitude }, expiresAt } });

    public static async Task<string> PostWithWindows(this GraphQLClient client, string kind, (double Latitude, double Longitude) at, object[] availability) =>
        (await client.PostWithWindowsRaw(kind, at, availability)).EnsureSuccess().Get("postHelpRequest.id").GetString()!;

    public static Task<GraphQLResponse> PostWithWindowsRaw(this GraphQLClient client, string kind, (double Latitude, double Longitude) at, object[] availability, string? id = null) =>
        client.Send(
            "mutation($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id availability { weekday from to } } }",
            new { input = new { id, kind, title = "Evening help", description = "Any evening works.", location = new { latitude = at.Latitude, longitude = at.Longitude }, availability } });

    public static Task<GraphQLResponse> Volunteer(this GraphQLClient client, string requestId, string? message = "I can help") =>
        client.Send($"mutation($id: ID!, $m: String) {{ volunteerForHelpRequest(requestId: $id, message: $m) {{ {Fields} }} }}", new { id = requestId, m = message });

    public static Task<GraphQLResponse> Accept(this GraphQLClient client, string requestId, string helperId) =>
        client.Send($"mutation($id: ID!, $h: ID!) {{ acceptHelper(requestId: $id, helperId: $h) {{ {Fields} }} }}", new { id = requestId, h = helperId });

    public static Task<GraphQLResponse> Complete(this GraphQLClient client, string requestId) =>
        client.Send($"mutation($id: ID!) {{ completeHelpRequest(requestId: $id) {{ {Fields} }} }}", new { id = requestId });

    public static Task<GraphQLResponse> Cancel(this GraphQLClient client, string requestId) =>
        client.Send($"mutation($id: ID!) {{ cancelHelpRequest(requestId: $id) {{ {Fields} }} }}", new { id = requestId });

    public static Task<GraphQLResponse> Rate(this GraphQLClient client, string requestId, int stars, string? comment = null) =>
        client.Send($"mutation($input: RateHelpInput!) {{ rateHelp(input: $input) {{ {Fields} }} }}", new { input = new { requestId, stars, comment } });

    public static Task<GraphQLResponse> Read(this GraphQLClient client, string requestId) =>
        client.Send($"query($id: ID!) {{ helpRequest(id: $id) {{ {Fields} }} }}", new { id = requestId });

    public static Task<GraphQLResponse> Near(this GraphQLClient client, (double Latitude, double Longitude) at, double radiusKm = 3, string? kind = null, string[]? tags = null, int first = 20) =>
        client.Send(
            "query($near: GeoPointInput!, $r: Float, $kind: HelpKind, $tags: [String!], $first: Int) { helpRequestsNear(near: $near, radiusKm: $r, kind: $kind, tags: $tags, first: $first) { request { id kind } distanceKm sharedTags score } }",
            new { near = new { latitude = at.Latitude, longitude = at.Longitude }, r = radiusKm, kind, tags, first });

    public static Task<GraphQLResponse> Matches(this GraphQLClient client, string requestId, int first = 10) =>
        client.Send("query($id: ID!, $first: Int) { helpMatches(requestId: $id, first: $first) { request { id kind } distanceKm sharedTags score } }", new { id = requestId, first });

    /// <summary>A request that has gone through OPEN → MATCHED → COMPLETED with <paramref name="helperId"/> as the helper.</summary>
    public static async Task<string> Completed(GraphQLClient author, GraphQLClient helper, string helperId, string? id = null)
    {
        var requestId = await author.Post(id: id);
        (await helper.Volunteer(requestId)).EnsureSuccess();
        (await author.Accept(requestId, helperId)).EnsureSuccess();
        (await author.Complete(requestId)).EnsureSuccess();
        return requestId;
    }

    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
