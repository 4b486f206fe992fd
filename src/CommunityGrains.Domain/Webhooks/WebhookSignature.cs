using System.Security.Cryptography;
using System.Text;

namespace CommunityGrains.Domain.Webhooks;

/// <summary>
/// The Standard Webhooks header layout with the contract's signature encoding: "v1," followed by the lower-case hex
/// HMAC-SHA256 of "{id}.{timestamp}.{body}" under the webhook's secret (the Standard Webhooks spec itself uses base64).
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToHexStringLower(mac);
    }

    /// <summary>A new secret: 32 random bytes, hex, prefixed so it is recognisable in a receiver's configuration.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
