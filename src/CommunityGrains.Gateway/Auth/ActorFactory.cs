using System.Security.Claims;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Gateway.Auth;

public static class ActorFactory
{
    /// <summary>The actor a verified token names, or null when its claims are missing or malformed.</summary>
    public static Actor? FromPrincipal(ClaimsPrincipal principal)
    {
        var member = principal.FindFirst(TokenClaims.Subject)?.Value;
        var community = principal.FindFirst(TokenClaims.Community)?.Value;
        var role = principal.FindFirst(TokenClaims.Role)?.Value;
        if (!IsValidId(member) || !IsValidId(community) || !RoleNames.TryParse(role, out var parsed))
        {
            return null;
        }

        return new Actor(community!, member!, parsed);
    }

    private static bool IsValidId(string? id)
    {
        try
        {
            InputLimits.Id(id, "token");
            return true;
        }
        catch (InvalidInputException)
        {
            return false;
        }
    }
}
