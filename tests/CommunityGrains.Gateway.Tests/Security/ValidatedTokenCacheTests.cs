using System.Security.Claims;
using CommunityGrains.Gateway.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace CommunityGrains.Gateway.Tests.Security;

public sealed class ValidatedTokenCacheTests
{
    private const string Header = "Bearer token-a";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private int _validations;

    [Fact]
    public async Task A_valid_token_is_checked_once_and_again_after_the_cache_lifetime()
    {
        var cache = new ValidatedTokenCache(_time);
        var expires = _time.GetUtcNow().AddHours(1);

        Assert.NotNull(await cache.Authenticate(Header, () => Validate(Valid(expires))));
        _time.Advance(TimeSpan.FromSeconds(30));
        var cached = await cache.Authenticate(Header, () => Validate(Valid(expires)));
        Assert.Equal(1, _validations);
        Assert.Equal("m", cached!.Value.Actor.MemberId);

        _time.Advance(ValidatedTokenCache.Lifetime);
        Assert.NotNull(await cache.Authenticate(Header, () => Validate(Valid(expires))));
        Assert.Equal(2, _validations);
    }

    [Fact]
    public async Task A_cached_token_that_expires_is_refused()
    {
        var cache = new ValidatedTokenCache(_time);
        var expires = _time.GetUtcNow().AddSeconds(20);
        Assert.NotNull(await cache.Authenticate(Header, () => Validate(Valid(expires))));

        _time.Advance(TimeSpan.FromSeconds(21));

        // Past its expiry the cache does not answer: the handler is asked again, and it refuses the token.
        Assert.Null(await cache.Authenticate(Header, () => Validate(AuthenticateResult.Fail("expired"))));
        Assert.Equal(2, _validations);
    }

    [Fact]
    public async Task The_cache_ends_at_the_expiry_in_the_token_when_the_handler_reports_none()
    {
        var cache = new ValidatedTokenCache(_time);
        var expires = _time.GetUtcNow().AddSeconds(10);
        var withoutProperties = AuthenticateResult.Success(new AuthenticationTicket(Principal(expires), "Bearer"));
        Assert.NotNull(await cache.Authenticate(Header, () => Validate(withoutProperties)));

        _time.Advance(TimeSpan.FromSeconds(11));

        Assert.Null(await cache.Authenticate(Header, () => Validate(AuthenticateResult.Fail("expired"))));
    }

    [Fact]
    public async Task A_token_that_failed_is_never_cached()
    {
        var cache = new ValidatedTokenCache(_time);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await cache.Authenticate(Header, () => Validate(AuthenticateResult.Fail("bad signature"))));
        }

        Assert.Equal(3, _validations);
    }

    [Fact]
    public async Task A_valid_token_naming_no_actor_is_refused_and_not_cached()
    {
        var cache = new ValidatedTokenCache(_time);
        var noRole = new ClaimsPrincipal(new ClaimsIdentity([new Claim(TokenClaims.Subject, "m"), new Claim(TokenClaims.Community, "c")], "Bearer"));
        var result = AuthenticateResult.Success(new AuthenticationTicket(noRole, "Bearer"));

        Assert.Null(await cache.Authenticate(Header, () => Validate(result)));
        Assert.Null(await cache.Authenticate(Header, () => Validate(result)));
        Assert.Equal(2, _validations);
    }

    [Fact]
    public async Task Tokens_are_told_apart_by_their_exact_text()
    {
        var cache = new ValidatedTokenCache(_time);
        var expires = _time.GetUtcNow().AddHours(1);
        Assert.NotNull(await cache.Authenticate(Header, () => Validate(Valid(expires))));

        Assert.Null(await cache.Authenticate(Header + "x", () => Validate(AuthenticateResult.Fail("bad signature"))));
        Assert.Equal(2, _validations);
    }

    private Task<AuthenticateResult> Validate(AuthenticateResult result)
    {
        _validations++;
        return Task.FromResult(result);
    }

    private static AuthenticateResult Valid(DateTimeOffset expires) =>
        AuthenticateResult.Success(new AuthenticationTicket(Principal(expires), new AuthenticationProperties { ExpiresUtc = expires }, "Bearer"));

    private static ClaimsPrincipal Principal(DateTimeOffset expires) => new(new ClaimsIdentity(
    [
        new Claim(TokenClaims.Subject, "m"),
        new Claim(TokenClaims.Community, "c"),
        new Claim(TokenClaims.Role, "MEMBER"),
        new Claim("exp", expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ], "Bearer"));
}
