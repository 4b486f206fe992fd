using System.Net;
using System.Net.Sockets;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Webhooks;

/// <summary>Which webhook URLs are accepted: absolute HTTPS (HTTP when allowed), and no address inside the cluster's networks.</summary>
public static class WebhookAddress
{
    public const int MaxUrlLength = 2000;

    public static Uri Parse(string? url, string field, bool allowHttp)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            throw new InvalidInputException(field, "must be an absolute URL.");
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(allowHttp && uri.Scheme == Uri.UriSchemeHttp))
        {
            throw new InvalidInputException(field, allowHttp ? "must use https or http." : "must use https.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new InvalidInputException(field, "must not contain credentials.");
        }

        return uri;
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local, unspecified and carrier-grade NAT ranges.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || b[0] == 0
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || b[0] >= 224;
    }
}
