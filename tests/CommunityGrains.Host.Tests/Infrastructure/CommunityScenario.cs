using System.Text.Json;

namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>The smallest story that touches several grains' state: an admin creates a community and joins it.</summary>
public static class CommunityScenario
{
    public const string TimeZone = "Europe/Paris";

    public static async Task Seed(HostProcess host, string token, string communityId, string communityName, string displayName)
    {
        await host.GraphQL(
            "mutation($id: ID!, $name: String!, $tz: String!) { createCommunity(input: { id: $id, name: $name, timeZone: $tz }) { name } }",
            token,
            new { id = communityId, name = communityName, tz = TimeZone });
        await host.GraphQL(
            "mutation($name: String!) { joinCommunity(input: { displayName: $name }) { id } }",
            token,
            new { name = displayName });
    }

    /// <summary>Reads back what <see cref="Seed"/> wrote: the member behind the token (null fields if not joined) and the community.</summary>
    public static async Task<(string? MemberId, string? DisplayName, string? CommunityName, string? TimeZone)> Read(HostProcess host, string token)
    {
        var data = await host.GraphQL("{ me { id displayName } community { name timeZone } }", token);
        var me = data.GetProperty("me");
        var community = data.GetProperty("community");
        return (Text(me, "id"), Text(me, "displayName"), Text(community, "name"), Text(community, "timeZone"));
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object ? parent.GetProperty(name).GetString() : null;
}
