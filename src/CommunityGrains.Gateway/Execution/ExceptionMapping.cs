using System.Data.Common;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace CommunityGrains.Gateway.Execution;

/// <summary>
/// The one place where an exception becomes a GraphQL error. Refusals keep their code and message;
/// anything unexpected becomes a generic message with a correlation id that is also logged. The original exception
/// rides along only so that <c>Gateway:ExposeExceptionDetails=true</c> can show it; otherwise it never leaves the host.
/// </summary>
public sealed class ExceptionMapping(ILogger<ExceptionMapping> logger)
{
    public void Map(UnhandledExceptionContext context)
    {
        var correlationId = (context.ExecutionOptions.UserContext as GatewayUserContext)?.CorrelationId ?? "-";
        context.Exception = context.OriginalException switch
        {
            DomainException refused => new ExecutionError(refused.Message) { Code = refused.Code },
            InvalidInputException invalid => new ExecutionError(invalid.Message) { Code = ErrorCodes.BadUserInput },
            OperationCanceledException => new ExecutionError("The request was cancelled.") { Code = ErrorCodes.Unavailable },
            var other when IsTransient(other) => Unavailable(other, correlationId),
            var other => Internal(other, correlationId),
        };
    }

    private ExecutionError Unavailable(Exception error, string correlationId)
    {
        logger.LogWarning(error, "Request {CorrelationId} failed on an unavailable dependency", correlationId);
        return new ExecutionError($"The service is temporarily unavailable; please retry. (correlation id {correlationId})", error)
        {
            Code = ErrorCodes.Unavailable,
        };
    }

    private ExecutionError Internal(Exception error, string correlationId)
    {
        logger.LogError(error, "Request {CorrelationId} failed unexpectedly", correlationId);
        return new ExecutionError($"Something went wrong on our side. (correlation id {correlationId})", error)
        {
            Code = ErrorCodes.InternalError,
        };
    }

    /// <summary>Storage outages, lost silos and timeouts: the client should retry, and nothing was acknowledged.</summary>
    private static bool IsTransient(Exception error) => error switch
    {
        TimeoutException or DbException or StorageUnavailableException or SiloUnavailableException or OrleansMessageRejectionException or InconsistentStateException => true,
        { InnerException: { } inner } => IsTransient(inner),
        _ => false,
    };
}
