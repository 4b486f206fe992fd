using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>A graphql-transport-ws client for one host: connect with a token, subscribe, read what is pushed.</summary>
public sealed class SubscriptionSocket : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket = new();

    private SubscriptionSocket()
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    public static async Task<SubscriptionSocket> Connect(HostProcess host, string token)
    {
        var socket = new SubscriptionSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{host.HttpPort}/graphql"), timeout.Token);
        await socket.Send(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await socket.Receive()).GetProperty("type").GetString());
        return socket;
    }

    /// <summary>Subscribes, then pings: the pong means the subscription is listening.</summary>
    public async Task Subscribe(string id, string query, object? variables = null)
    {
        await Send(new { id, type = "subscribe", payload = new { query, variables } });
        await Send(new { type = "ping" });
        Assert.Equal("pong", (await Receive()).GetProperty("type").GetString());
    }

    /// <summary>The data of the next <c>next</c> message.</summary>
    public async Task<JsonElement> Next()
    {
        var message = await Receive();
        Assert.True(message.GetProperty("type").GetString() == "next", message.ToString());
        return message.GetProperty("payload").GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception closing) when (closing is OperationCanceledException or WebSocketException)
            {
                _socket.Abort();
            }
        }

        _socket.Dispose();
    }

    private async Task Send(object message)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    private async Task<JsonElement> Receive()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var frame = await _socket.ReceiveAsync(buffer, timeout.Token);
            Assert.True(frame.MessageType != WebSocketMessageType.Close, $"The host closed the socket: {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}");
            text.Write(buffer, 0, frame.Count);
            if (frame.EndOfMessage)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(text.ToArray())).RootElement.Clone();
            }
        }
    }
}
