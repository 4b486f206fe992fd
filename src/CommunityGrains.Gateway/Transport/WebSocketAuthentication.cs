using System.Security.Claims;
using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace CommunityGrains.Gateway.Transport;

/// <summary>The actor of a WebSocket connection, from the token in <c>connection_init</c>.</summary>
internal static class WebSocketAuthentication
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// Accepts <c>{"Authorization": "Bearer …"}</c>, <c>{"authorization": …}</c> or <c>{"token": …}</c>, falling back to an
    /// Authorization header on the upgrade request. The token is checked by the same JWT bearer handler as HTTP
    /// requests, run on a request of its own because the upgrade request was already authenticated (without it).
    /// </summary>
    public static async Task<(Actor? Actor, ClaimsPrincipal? User)> Authenticate(HttpContext http, JsonElement? payload)
    {
        var authorization = TokenFrom(payload) is { } token ? BearerPrefix + token : http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            return (null, null);
        }

        await using var scope = http.RequestServices.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers[HeaderNames.Authorization] = authorization;
        var outcome = await probe.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return outcome.Succeeded ? (ActorFactory.FromPrincipal(outcome.Principal), outcome.Principal) : (null, null);
    }

    private static string? TokenFrom(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var name in (string[])["Authorization", "authorization", "token"])
        {
            if (value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String && property.GetString() is { Length: > 0 } text)
            {
                var token = text.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? text[BearerPrefix.Length..] : text;
                return token.Trim();
            }
        }

        return null;
    }
}
