using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Auth;

namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>Tokens signed the way a host validates them.</summary>
public static class TestTokens
{
    /// <summary>A key to pass as <c>--Auth:SigningKey</c> where a test does not use a generated one.</summary>
    public const string SigningKey = "community-grains-tests-signing-key-0123456789";

    public static string Issue(string signingKey, string communityId, string memberId, Role role = Role.Admin) =>
        new TokenIssuer(new AuthOptions { SigningKey = signingKey }, TimeProvider.System).Issue(communityId, memberId, role);
}
