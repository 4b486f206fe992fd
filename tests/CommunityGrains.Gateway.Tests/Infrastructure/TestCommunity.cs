using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Gateway.Tests.Infrastructure;

public sealed class TestCommunity(TestHost host, string id, GraphQLClient admin)
{
    public string Id { get; } = id;

    public GraphQLClient Admin { get; } = admin;

    public TestHost Host { get; } = host;

    public GraphQLClient As(string memberId, Role role = Role.Member) => Host.As(Id, memberId, role);

    /// <summary>A member who has joined, ready to act.</summary>
    public async Task<GraphQLClient> Member(string memberId, Role role = Role.Member, string? displayName = null)
    {
        var client = As(memberId, role);
        (await client.Send("mutation($name: String!) { joinCommunity(input: { displayName: $name }) { id } }", new { name = displayName ?? memberId }))
            .EnsureSuccess();
        return client;
    }
}
