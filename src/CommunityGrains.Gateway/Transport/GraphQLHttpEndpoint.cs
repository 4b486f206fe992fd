using System.Buffers;
using System.Net.Mime;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.PersistedQueries;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

// Hand-written because no GraphQL.Server transport package is available to this project: GraphQL.NET executes the
// documents and this folder carries them. It follows the GraphQL over HTTP specification (https://graphql.github.io/graphql-over-http/draft/).
namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// GraphQL over HTTP (POST with JSON, GET with query parameters for queries only). The token is verified
/// here; without one only introspection and certificate verification are answered (<see cref="TokenlessQuery"/>). Responses are <c>application/json</c>, or
/// <c>application/graphql-response+json</c> when the client asks for it, with its status codes.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    RequestLimits limits,
    ValidatedDocumentCache documents,
    ValidatedTokenCache tokens,
    PersistedQueryStore persisted,
    ILogger<GraphQLHttpEndpoint> logger)
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    /// <summary>How long a client should wait before retrying an UNAVAILABLE answer: a short outage passes, a long one is not hammered.</summary>
    public const string RetryAfterSeconds = "2";

    /// <summary>
    /// Failures inside execution are mapped by <see cref="ExceptionMapping"/>; this catches the rest, so that no
    /// exception reaches ASP.NET Core's developer exception page, which would show a stack trace in Development.
    /// </summary>
    public async Task Handle(HttpContext http)
    {
        try
        {
            await Answer(http);
        }
        catch (Exception failure) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            logger.LogError(failure, "Request {CorrelationId} failed unexpectedly", http.TraceIdentifier);
            http.Response.Clear();
            await WriteError(
                http,
                StatusCodes.Status500InternalServerError,
                ErrorCodes.InternalError,
                $"Something went wrong on our side. (correlation id {http.TraceIdentifier})",
                AcceptsGraphQLResponse(http.Request));
        }
    }

    private async Task Answer(HttpContext http)
    {
        var wantsGraphQLResponse = AcceptsGraphQLResponse(http.Request);
        var correlationId = http.TraceIdentifier;
        var request = await ReadRequest(http);
        if (request.Error is { } readError)
        {
            await WriteError(http, readError.Status, readError.Code, readError.Message, wantsGraphQLResponse);
            return;
        }

        var resolved = persisted.Resolve(request.Request!.Query, request.Request.Extensions);
        if (resolved.Query is not { } query)
        {
            var (status, code) = resolved.Failure switch
            {
                // Apollo Client before 3.x's #9410 stopped using persisted queries after a 400 or 500; json clients get 200.
                PersistedQueryFailure.NotFound => (wantsGraphQLResponse ? StatusCodes.Status404NotFound : StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound),
                PersistedQueryFailure.NotTrusted => (StatusCodes.Status403Forbidden, ErrorCodes.Forbidden),
                _ => (StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput),
            };
            await WriteError(http, status, code, resolved.Message!, wantsGraphQLResponse);
            return;
        }

        var (document, shape) = OperationShape.Of(documents, query, request.Request.OperationName);
        if (HttpMethods.IsGet(http.Request.Method) && shape.Type is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await WriteError(http, StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadUserInput, "Mutations are only accepted over POST.", wantsGraphQLResponse);
            return;
        }

        var actor = await Authenticate(http);
        if (actor is null && !limits.AllowAnonymous(http.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            await WriteError(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, "Too many requests without a valid token; slow down.", wantsGraphQLResponse);
            return;
        }

        if (actor is null && (HasCredentials(http.Request) || !shape.Tokenless))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteError(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "A valid bearer token is required.", wantsGraphQLResponse);
            return;
        }

        if (actor is not null && shape.Type == OperationType.Mutation && !limits.AllowMutation(actor))
        {
            http.Response.Headers.RetryAfter = "1";
            await WriteError(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, "Too many changes in a short time; retry in a second.", wantsGraphQLResponse);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Document = document,
            OperationName = request.Request.OperationName,
            Variables = request.Request.Variables,
            Extensions = request.Request.Extensions,
            UserContext = new GatewayUserContext(actor, correlationId) { SharesReads = shape.Type == OperationType.Query },
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        });

        if (result.Executed && resolved.HashToRemember is { } hash)
        {
            persisted.Remember(hash, query);
        }

        http.Response.ContentType = wantsGraphQLResponse ? GraphQLResponseMediaType : MediaTypeNames.Application.Json;
        if (wantsGraphQLResponse && !result.Executed)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (result.Errors?.Any(e => e.Code == ErrorCodes.Unavailable) == true)
        {
            // Storage or a silo is away: nothing was acknowledged, and a 503 lets balancers and HTTP clients back off
            // and retry the whole request (with its client ids) without reading the body.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task<Actor?> Authenticate(HttpContext http)
    {
        if (!HasCredentials(http.Request))
        {
            return null;
        }

        var authenticated = await tokens.Authenticate(
            http.Request.Headers.Authorization.ToString(), () => http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme));
        if (authenticated is not var (actor, user))
        {
            return null;
        }

        http.User = user;
        return actor;
    }

    private static bool HasCredentials(HttpRequest request) => !StringValues.IsNullOrEmpty(request.Headers.Authorization);

    private async Task<(GraphQLRequest? Request, RequestError? Error)> ReadRequest(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            try
            {
                var variables = request.Query["variables"].ToString();
                var extensions = request.Query["extensions"].ToString();
                return (new GraphQLRequest
                {
                    Query = NullIfEmpty(request.Query["query"].ToString()),
                    OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                    Variables = string.IsNullOrEmpty(variables) ? null : serializer.Deserialize<Inputs>(variables),
                    Extensions = string.IsNullOrEmpty(extensions) ? null : serializer.Deserialize<Inputs>(extensions),
                }, null);
            }
            catch (Exception invalid) when (invalid is not OperationCanceledException)
            {
                return (null, new RequestError(StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "The variables or extensions parameter is not valid JSON."));
            }
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new RequestError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadUserInput, "Use GET or POST."));
        }

        if (request.ContentType is null || !request.ContentType.StartsWith(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new RequestError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadUserInput, "Send the request as application/json."));
        }

        if (request.ContentLength > limits.MaxRequestBodyBytes)
        {
            return (null, TooLarge);
        }

        try
        {
            // A declared length within the limit is enforced by the server (a body cannot run past its Content-Length),
            // so only a chunked body is buffered to count its bytes.
            using var buffered = request.ContentLength is null ? await ReadCapped(request.Body, limits.MaxRequestBodyBytes, http.RequestAborted) : null;
            if (request.ContentLength is null && buffered is null)
            {
                return (null, TooLarge);
            }

            var body = await serializer.ReadAsync<GraphQLRequest>(buffered ?? request.Body, http.RequestAborted);
            // A request without its text may name a persisted query; PersistedQueryStore decides.
            return body is null
                ? (null, new RequestError(StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "The request has no query."))
                : (body, null);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge);
        }
        catch (Exception invalid) when (invalid is not OperationCanceledException)
        {
            return (null, new RequestError(StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, "The request body is not a valid GraphQL request in JSON."));
        }
    }

    private static RequestError TooLarge => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BadUserInput, "The request body is larger than the limit.");

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer (chunked bodies have no Content-Length to check).</summary>
    private static async Task<MemoryStream?> ReadCapped(Stream body, long limit, CancellationToken cancellation)
    {
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffer.Position = 0;
        return buffer;
    }

    private async Task WriteError(HttpContext http, int status, string code, string message, bool wantsGraphQLResponse)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = wantsGraphQLResponse ? GraphQLResponseMediaType : MediaTypeNames.Application.Json;
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed record RequestError(int Status, string Code, string Message);
}
