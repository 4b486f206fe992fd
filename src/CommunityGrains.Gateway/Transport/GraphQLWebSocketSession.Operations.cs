using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.PersistedQueries;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Gateway.Transport;
/// <summary>
/// The session's answers to graphql-transport-ws messages, one at a time: once the server has answered a
/// <c>ping</c> sent after a <c>subscribe</c>, that subscription is listening.
/// </summary>
internal sealed partial class GraphQLWebSocketSession
{
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
                Send(TransportWsMessage.Pong);
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
        Send(TransportWsMessage.ConnectionAck);
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
            Send(TransportWsMessage.Error(id, serializer.Serialize(result)));
            return;
        }

        Next(id, result);
        Send(TransportWsMessage.Complete(id));
    }

    private void Next(string id, ExecutionResult result) => Send(TransportWsMessage.Next(id, serializer.Serialize(result)));

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
        Send(TransportWsMessage.Error(id, serializer.Serialize(result)));
    }

    /// <summary>Forwards a subscription's results as <c>next</c> messages and its end as <c>complete</c>.</summary>
    private sealed class Forwarder(GraphQLWebSocketSession session, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => session.Next(id, value);

        public void OnError(Exception error) => session.StreamFailed(id, error);

        public void OnCompleted()
        {
            if (session._operations.TryRemove(id, out _))
            {
                session.Send(TransportWsMessage.Complete(id));
            }
        }
    }
}
