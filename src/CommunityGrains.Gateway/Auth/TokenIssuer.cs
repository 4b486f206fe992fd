using System.Security.Claims;
using System.Text;
using CommunityGrains.Contracts.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CommunityGrains.Gateway.Auth;

/// <summary>Mints HS256 tokens with the configured key: the <c>token</c> command, tests and the benchmark use it.</summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider time)
{
    public string Issue(string communityId, string memberId, Role role, TimeSpan? lifetime = null)
    {
        var key = options.SigningKey ?? throw new InvalidOperationException("Auth:SigningKey is not configured.");
        var now = time.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromDays(1))).UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(TokenClaims.Subject, memberId),
                new Claim(TokenClaims.Community, communityId),
                new Claim(TokenClaims.Role, RoleNames.Of(role)),
            ]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
