namespace CommunityGrains.Gateway.Auth;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";
    public const string DefaultIssuer = "community-grains";
    public const int MinimumKeyBytes = 32;

    /// <summary>HS256 key (UTF-8, at least 32 bytes). The embedded host generates one beside its database.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect issuer to trust instead of a shared key.</summary>
    public string? Authority { get; set; }

    public string Issuer { get; set; } = DefaultIssuer;

    public string Audience { get; set; } = DefaultIssuer;

    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);
}
