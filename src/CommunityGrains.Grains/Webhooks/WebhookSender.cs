using System.Net;
using System.Net.Sockets;
using System.Text;
using CommunityGrains.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace CommunityGrains.Grains.Webhooks;

/// <summary>
/// Sends one attempt of a delivery. The address check runs again when connecting, on the address actually dialled,
/// so a name that resolved to a public address when the webhook was added cannot later lead into the cluster.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public WebhookSender(IOptions<WebhookOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = async (context, cancellation) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellation);
                var allowed = addresses.Where(a => settings.AllowLoopback || !WebhookAddress.IsInternal(a)).ToArray();
                if (allowed.Length == 0)
                {
                    throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to internal addresses.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { Timeout = settings.Timeout };
    }

    /// <summary>The HTTP status, or null when the receiver could not be reached or did not answer in time.</summary>
    public async Task<int?> Send(Uri url, string secret, string eventId, string body)
    {
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Webhook-Id", eventId);
        request.Headers.Add("Webhook-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("Webhook-Signature", WebhookSignature.Sign(secret, eventId, timestamp, body));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            return (int)response.StatusCode;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}
