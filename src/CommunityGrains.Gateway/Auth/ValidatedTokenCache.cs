using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using CommunityGrains.Contracts.Common;
using Microsoft.AspNetCore.Authentication;

namespace CommunityGrains.Gateway.Auth;

/// <summary>
/// Checking a JWT's signature and claims was 3-12% of the host's CPU per request in the bench profiles, while a client
/// sends the same token with every request. A token that passed is remembered by its exact Authorization header for
/// <see cref="Lifetime"/> at most and never past its own expiry (the clock skew the handler allows is not extended to
/// the cache); a token that failed is never remembered, so it goes through the handler, and is refused, every time.
/// Bounded: when full, the whole cache is dropped and refilled by the tokens still in use.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _tokens = new(StringComparer.Ordinal);

    /// <summary>
    /// The actor and principal of <paramref name="authorization"/>, from the cache or from <paramref name="validate"/>;
    /// null when the token is not valid or names no actor.
    /// </summary>
    public async Task<(Actor Actor, ClaimsPrincipal User)?> Authenticate(string authorization, Func<Task<AuthenticateResult>> validate)
    {
        var now = time.GetUtcNow();
        if (_tokens.TryGetValue(authorization, out var cached))
        {
            if (now < cached.Until)
            {
                return (cached.Actor, cached.User);
            }

            _tokens.TryRemove(new KeyValuePair<string, Entry>(authorization, cached));
        }

        var outcome = await validate();
        if (!outcome.Succeeded || ActorFactory.FromPrincipal(outcome.Principal) is not { } actor)
        {
            return null;
        }

        if (ExpiresAt(outcome) is { } expires && Min(expires, now + Lifetime) is var until && until > now)
        {
            if (_tokens.Count >= Capacity)
            {
                _tokens.Clear();
            }

            _tokens[authorization] = new Entry(actor, outcome.Principal, until);
        }

        return (actor, outcome.Principal);
    }

    private static DateTimeOffset? ExpiresAt(AuthenticateResult outcome)
    {
        var claim = outcome.Principal!.FindFirst("exp")?.Value;
        DateTimeOffset? fromClaim = long.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()))
            : null;
        return (outcome.Properties?.ExpiresUtc, fromClaim) switch
        {
            ({ } a, { } b) => Min(a, b),
            (var a, var b) => a ?? b,
        };
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed record Entry(Actor Actor, ClaimsPrincipal User, DateTimeOffset Until);
}
