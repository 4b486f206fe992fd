using CommunityGrains.Gateway.PersistedQueries;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

// Hand-written because no GraphQL.Server transport package is available to this project: GraphQL.NET executes the
// documents and this folder carries them. It follows the graphql-transport-ws protocol (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md).
namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// GraphQL over WebSocket with the <c>graphql-transport-ws</c> protocol on the same path as HTTP. The token comes
/// in <c>connection_init</c> (browsers cannot set headers on a WebSocket); see <see cref="GraphQLWebSocketSession"/>.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    RequestLimits limits,
    ValidatedDocumentCache documents,
    GatewayOptions options,
    PersistedQueryStore persisted,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task Handle(HttpContext http)
    {
        var speaksProtocol = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(speaksProtocol ? SubProtocol : null);
        var session = new GraphQLWebSocketSession(socket, http, executer, serializer, limits, documents, options, persisted, logger);
        if (!speaksProtocol)
        {
            await session.CloseAndDrain(WebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            return;
        }

        await session.Run();
    }
}
