using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.PersistedQueries;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// One graphql-transport-ws connection. Messages are handled one at a time, so once the server has answered a
/// <c>ping</c> sent after a <c>subscribe</c>, that subscription is listening. Everything sent goes through one
/// outbox, so messages keep their order and a close follows what was queued before it.
/// </summary>
internal sealed class GraphQLWebSocketSession(
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

            _outbox.Writer.TryComplete();
            await _connection.CancelAsync();
            await writer;
        }
    }

    /// <summary>Closes at once, for a connection refused before it started.</summary>
    public async Task CloseAndDrain(WebSocketCloseStatus code, string reason)
    {
        Close(code, reason);
        await Run();
    }

    private async Task Handle(string text)
    {
        if (!TransportWsMessage.TryParse(text, out var type, out var id, out var payload))
        {
            Close(WebSocketCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        switch (type)
        {
            case "connection_init":
                await Initialise(payload);
                break;
            case "ping":
                Send(new { type = "pong" });
                break;
            case "pong":
                break;
            case "subscribe" when _actor is null:
                Close(WebSocketCloseCodes.Unauthorized, "Unauthorized");
                break;
            case "subscribe" when id is null || payload is not { ValueKind: JsonValueKind.Object }:
                Close(WebSocketCloseCodes.BadRequest, "A subscribe message needs an id and a payload");
                break;
            case "subscribe":
                await Subscribe(id, payload.Value);
                break;
            case "complete" when id is not null:
                if (_operations.TryRemove(id, out var operation))
                {
                    operation?.Dispose();
                }

                break;
            default:
                Close(WebSocketCloseCodes.BadRequest, $"Unexpected message type {type}");
                break;
        }
    }

    private async Task Initialise(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            Close(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        (_actor, var user) = await WebSocketAuthentication.Authenticate(http, payload);
        if (_actor is null)
        {
            Close(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        http.User = user!;
        Send(new { type = "connection_ack" });
    }

    private async Task Subscribe(string id, JsonElement payload)
    {
        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        }
        catch (Exception invalid) when (invalid is not OperationCanceledException)
        {
            request = null;
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            Close(WebSocketCloseCodes.BadRequest, "The subscribe payload is not a GraphQL request");
            return;
        }

        if (!_operations.TryAdd(id, null))
        {
            Close(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        // Automatic persisted queries are an HTTP affair; on the socket only the trusted-documents rule applies.
        if (persisted.TrustedOnly && persisted.Resolve(request.Query, request.Extensions) is { Query: null } refused)
        {
            Fail(id, refused.Failure == PersistedQueryFailure.NotTrusted ? ErrorCodes.Forbidden : ErrorCodes.BadUserInput, refused.Message!);
            return;
        }

        var (document, shape) = OperationShape.Of(documents, request.Query, request.OperationName);
        if (_operations.Count > options.MaxOperationsPerConnection)
        {
            Fail(id, ErrorCodes.RateLimited, "Too many operations on this connection; complete some first.");
            return;
        }

        if (shape.Type == OperationType.Mutation && !limits.AllowMutation(_actor!))
        {
            Fail(id, ErrorCodes.RateLimited, "Too many changes in a short time; retry in a second.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = new GatewayUserContext(_actor, http.TraceIdentifier),
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = _connection.Token,
        });

        if (result.Streams is { Count: > 0 } streams)
        {
            var subscription = streams.Values.Single().Subscribe(new Forwarder(this, id));
            if (!_operations.TryUpdate(id, subscription, null))
            {
                subscription.Dispose();
            }

            return;
        }

        _operations.TryRemove(id, out _);
        if (!result.Executed)
        {
            SendRaw(TransportWsMessage.Format(id, "error", ErrorsOf(result)));
            return;
        }

        Next(id, result);
        Send(new { id, type = "complete" });
    }

    private void Next(string id, ExecutionResult result) => SendRaw(TransportWsMessage.Format(id, "next", serializer.Serialize(result)));

    private void StreamFailed(string id, Exception error)
    {
        logger.LogWarning(error, "A subscription stream failed.");
        Fail(id, ErrorCodes.InternalError, "The subscription stream failed.");
    }

    private void Fail(string id, string code, string message)
    {
        _operations.TryRemove(id, out _);
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        SendRaw(TransportWsMessage.Format(id, "error", ErrorsOf(result)));
    }

    private string ErrorsOf(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    private void Send(object message) => SendRaw(JsonSerializer.Serialize(message));

    private void SendRaw(string json) => _outbox.Writer.TryWrite(new Outgoing(json, null, null));

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
                return null;
            }

            if (frame.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    private sealed record Outgoing(string? Text, WebSocketCloseStatus? Code, string? Reason);

    /// <summary>Forwards a subscription's results as <c>next</c> messages and its end as <c>complete</c>.</summary>
    private sealed class Forwarder(GraphQLWebSocketSession session, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => session.Next(id, value);

        public void OnError(Exception error) => session.StreamFailed(id, error);

        public void OnCompleted()
        {
            if (session._operations.TryRemove(id, out _))
            {
                session.Send(new { id, type = "complete" });
            }
        }
    }
}
