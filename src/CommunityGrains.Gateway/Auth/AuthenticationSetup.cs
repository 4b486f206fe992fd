using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CommunityGrains.Gateway.Auth;

public static class AuthenticationSetup
{
    public const string SuppressAutoDefaultScheme = "Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme";

    /// <summary>JWT bearer validation, for the GraphQL transports only: HS256 with the shared key, or an OpenID Connect authority; 60 s clock skew at most.</summary>
    public static IServiceCollection AddCommunityAuthentication(this IServiceCollection services, AuthOptions options)
    {
        if (options.Authority is null)
        {
            if (options.SigningKey is null || Encoding.UTF8.GetByteCount(options.SigningKey) < AuthOptions.MinimumKeyBytes)
            {
                throw new InvalidOperationException($"Auth:SigningKey must be at least {AuthOptions.MinimumKeyBytes} bytes (or set Auth:Authority).");
            }
        }

        services.AddSingleton(options);
        services.AddSingleton(sp => new TokenIssuer(options, sp.GetRequiredService<TimeProvider>()));
        // The token's own clock: the handler judges expiry by real time, so the cache of validated tokens does too.
        services.AddSingleton(new ValidatedTokenCache(TimeProvider.System));

        // No default scheme, not even the one ASP.NET Core infers when a single scheme is registered: the
        // authentication middleware would otherwise verify the token on every request before the GraphQL endpoint,
        // which verifies it itself through the cache above (the profile showed the middleware's check, uncached).
        AppContext.SetSwitch(SuppressAutoDefaultScheme, true);
        services.AddAuthentication().AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.Authority = options.Authority;
            jwt.RequireHttpsMetadata = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = AuthOptions.ClockSkew,
                NameClaimType = TokenClaims.Subject,
                RoleClaimType = TokenClaims.Role,
                ValidAlgorithms = options.Authority is null ? [SecurityAlgorithms.HmacSha256] : null,
                IssuerSigningKey = options.SigningKey is null ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey)),
            };
        });
        return services;
    }
}
