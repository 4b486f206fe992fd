using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.PersistedQueries;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// One graphql-transport-ws connection: this file holds its lifetime (the receive loop, the one outbox every message
/// and the close go through, so messages keep their order and a close follows what was queued before it, the
/// initialisation timeout); <c>GraphQLWebSocketSession.Operations.cs</c> answers the messages, and
/// <see cref="TransportWsMessage"/> reads and writes them.
/// </summary>
internal sealed partial class GraphQLWebSocketSession(
    WebSocket socket,
    HttpContext http,
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    RequestLimits limits,
    ValidatedDocumentCache documents,
    GatewayOptions options,
    PersistedQueryStore persisted,
    ILogger logger)
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, IDisposable?> _operations = new();
    private readonly CancellationTokenSource _connection = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private int _initialised;
    private Actor? _actor;

    public async Task Run()
    {
        var writer = Task.Run(WriteOutbox);
        _ = CloseUnlessInitialised();
        try
        {
            while (await Receive() is { } text)
            {
                await Handle(text);
            }
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug("A GraphQL WebSocket ended: {Reason}", ended.Message);
        }
        finally
        {
            foreach (var operation in _operations.Values)
            {
                operation?.Dispose();
            }

            // What was queued, a close included, goes out before the socket is dropped: cancelling first cut the close
            // of an oversized message, and the client saw the connection vanish instead of 4400. A client that stops
            // reading holds this no longer than a close handshake.
            _outbox.Writer.TryComplete();
            _connection.CancelAfter(CloseHandshakeTimeout);
            await writer;
            await _connection.CancelAsync();
        }
    }

    /// <summary>Closes at once, for a connection refused before it started.</summary>
    public async Task CloseAndDrain(WebSocketCloseStatus code, string reason)
    {
        Close(code, reason);
        await Run();
    }

    private void Send(string json) => _outbox.Writer.TryWrite(new Outgoing(json, null, null));

    private void Close(WebSocketCloseStatus code, string reason) => _outbox.Writer.TryWrite(new Outgoing(null, code, reason));

    private async Task CloseUnlessInitialised()
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(options.ConnectionInitTimeoutSeconds), _connection.Token);
            if (Volatile.Read(ref _initialised) == 0)
            {
                Close(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private async Task WriteOutbox()
    {
        try
        {
            await foreach (var outgoing in _outbox.Reader.ReadAllAsync(_connection.Token))
            {
                if (outgoing.Text is { } text)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _connection.Token);
                    continue;
                }

                await socket.CloseOutputAsync(outgoing.Code!.Value, outgoing.Reason, _connection.Token);
                // The client answers the close; if it does not, stop waiting for it.
                _connection.CancelAfter(CloseHandshakeTimeout);
                return;
            }
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug("Stopped writing to a GraphQL WebSocket: {Reason}", ended.Message);
        }
    }

    /// <summary>The next text message, or null once the client closes; a message over the body limit closes the socket.</summary>
    private async Task<string?> Receive()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var frame = await socket.ReceiveAsync(buffer, _connection.Token);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, frame.Count);
            if (message.Length > limits.MaxRequestBodyBytes || frame.MessageType == WebSocketMessageType.Binary)
            {
                Close(WebSocketCloseCodes.BadRequest, "Messages are JSON text within the size limit");
                await DiscardUntilClosed(buffer);
                return null;
            }

            if (frame.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    /// <summary>
    /// After a close of ours, reads and drops what the client still sends (the rest of an oversized message) until it
    /// answers the close, for no longer than a close handshake: a socket dropped with unread data is reset, and the
    /// client may then lose our close frame.
    /// </summary>
    private async Task DiscardUntilClosed(byte[] buffer)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(_connection.Token);
        patience.CancelAfter(CloseHandshakeTimeout);
        try
        {
            while ((await socket.ReceiveAsync(buffer, patience.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug("Stopped waiting for the client to answer a close: {Reason}", ended.Message);
        }
    }

    private sealed record Outgoing(string? Text, WebSocketCloseStatus? Code, string? Reason);
}
