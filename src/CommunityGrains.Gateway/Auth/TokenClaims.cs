namespace CommunityGrains.Gateway.Auth;

public static class TokenClaims
{
    public const string Subject = "sub";
    public const string Community = "community";
    public const string Role = "role";
}
