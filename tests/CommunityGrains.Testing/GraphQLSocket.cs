using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CommunityGrains.Testing;

/// <summary>A graphql-transport-ws client as an app would use it, over a real WebSocket.</summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    public const string Protocol = "graphql-transport-ws";

    /// <summary>Long enough for a notification to cross hosts of a cluster on a busy machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket;

    private GraphQLSocket(ClientWebSocket socket)
    {
        _socket = socket;
    }

    /// <summary>Opens the socket to <c>/graphql</c> of <paramref name="baseAddress"/>; nothing is sent yet.</summary>
    public static async Task<GraphQLSocket> Open(Uri baseAddress, string subProtocol = Protocol)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subProtocol);
        var uri = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await socket.ConnectAsync(uri, timeout.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new GraphQLSocket(socket);
    }

    /// <summary>connection_init with the token, expecting connection_ack.</summary>
    public static async Task<GraphQLSocket> Connect(Uri baseAddress, string token)
    {
        var socket = await Open(baseAddress);
        await socket.Send(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await socket.Receive()).GetProperty("type").GetString());
        return socket;
    }

    public Task Send(object message) => SendText(JsonSerializer.Serialize(message));

    public async Task SendText(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public Task Subscribe(string id, string query, object? variables = null) =>
        Send(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>Subscribes, then waits on a <see cref="Barrier"/>: when it returns, the subscription is listening.</summary>
    public async Task SubscribeAndListen(string id, string query, object? variables = null)
    {
        await Subscribe(id, query, variables);
        await Barrier();
    }

    /// <summary>Ping, then wait for the pong: the server handles messages in order, so everything sent before is in effect.</summary>
    public async Task Barrier()
    {
        await Send(new { type = "ping" });
        Assert.Equal("pong", (await Receive()).GetProperty("type").GetString());
    }

    /// <summary>The next message; fails if the server closes instead.</summary>
    public async Task<JsonElement> Receive(TimeSpan? patience = null)
    {
        var (message, close) = await Next(patience ?? Patience);
        Assert.True(message is not null, $"Expected a message, but the server closed with {(int?)close?.Status} {close?.Reason}");
        return message.Value;
    }

    /// <summary>The data of the next message, which must be a <c>next</c>.</summary>
    public async Task<JsonElement> ReceiveData()
    {
        var message = await Receive();
        Assert.True(message.GetProperty("type").GetString() == "next", message.ToString());
        return message.GetProperty("payload").GetProperty("data");
    }

    /// <summary>Waits for the server to close and returns its close code.</summary>
    public async Task<int> ReceiveClose()
    {
        while (true)
        {
            var (message, close) = await Next(Patience);
            if (close is not null)
            {
                return (int)close.Value.Status!;
            }

            Assert.Fail($"Expected the server to close, got {message}");
        }
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

    private async Task<(JsonElement? Message, (WebSocketCloseStatus? Status, string? Reason)? Close)> Next(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var frame = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return (null, (_socket.CloseStatus, _socket.CloseStatusDescription));
            }

            text.Write(buffer, 0, frame.Count);
            if (frame.EndOfMessage)
            {
                using var document = JsonDocument.Parse(text.ToArray());
                return (document.RootElement.Clone(), null);
            }
        }
    }
}
