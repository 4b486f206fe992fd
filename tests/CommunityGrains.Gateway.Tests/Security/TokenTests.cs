using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CommunityGrains.Gateway.Tests.Security;

[Collection(HostCollection.Name)]
public sealed class TokenTests(TestHost host)
{
    [Fact]
    public async Task An_expired_token_is_401()
    {
        var token = Mint(DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-5));
        await ExpectUnauthenticated(token);
    }

    [Fact]
    public async Task A_token_expired_less_than_a_minute_ago_is_still_accepted_as_clock_skew()
    {
        var community = await host.NewCommunity();
        var token = Mint(DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddSeconds(-20), community: community.Id, member: "admin", role: "ADMIN");
        var response = await new GraphQLClient(host.CreateClient(), token).Send("{ me { id } }");
        Assert.Equal("admin", response.EnsureSuccess().Get("me.id").GetString());
    }

    [Fact]
    public async Task A_token_expired_two_minutes_ago_is_refused() =>
        await ExpectUnauthenticated(Mint(DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddMinutes(-2)));

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9..")]
    [InlineData("")]
    public async Task Malformed_tokens_are_401(string token) => await ExpectUnauthenticated(token);

    [Fact]
    public async Task A_token_signed_with_rsa_instead_of_the_shared_key_is_401()
    {
        using var rsa = RSA.Create(2048);
        var token = new JsonWebTokenHandler().CreateToken(Descriptor(DateTime.UtcNow, DateTime.UtcNow.AddHours(1), new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256)));
        await ExpectUnauthenticated(token);
    }

    [Fact]
    public async Task A_token_with_an_unknown_role_is_401() =>
        await ExpectUnauthenticated(Mint(DateTime.UtcNow, DateTime.UtcNow.AddHours(1), role: "SUPERUSER"));

    [Fact]
    public async Task A_token_for_another_issuer_is_401()
    {
        var descriptor = Descriptor(DateTime.UtcNow, DateTime.UtcNow.AddHours(1), SharedKey());
        descriptor.Issuer = "someone-else";
        await ExpectUnauthenticated(new JsonWebTokenHandler().CreateToken(descriptor));
    }

    [Fact]
    public async Task A_token_with_a_bad_token_and_an_introspection_query_is_still_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await new GraphQLClient(host.CreateClient(), "garbage").Send("{ __typename }")).Status);

    private async Task ExpectUnauthenticated(string token)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var response = await new GraphQLClient(http, token: null).Send("{ me { id } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        response.ExpectError(ErrorCodes.Unauthenticated);
    }

    private static string Mint(DateTime notBefore, DateTime expires, string community = "c", string member = "m", string role = "MEMBER") =>
        new JsonWebTokenHandler().CreateToken(Descriptor(notBefore, expires, SharedKey(), community, member, role));

    private static SigningCredentials SharedKey() =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestHost.SigningKey)), SecurityAlgorithms.HmacSha256);

    private static SecurityTokenDescriptor Descriptor(DateTime notBefore, DateTime expires, SigningCredentials credentials, string community = "c", string member = "m", string role = "MEMBER") => new()
    {
        Issuer = "community-grains",
        Audience = "community-grains",
        IssuedAt = notBefore,
        NotBefore = notBefore,
        Expires = expires,
        Subject = new ClaimsIdentity([new Claim("sub", member), new Claim("community", community), new Claim("role", role)]),
        SigningCredentials = credentials,
    };
}
