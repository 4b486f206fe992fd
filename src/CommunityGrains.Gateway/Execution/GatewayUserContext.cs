using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Gateway.Execution;

/// <summary>What a resolver knows about the request: who acts (from the token only) and its correlation id.</summary>
public sealed class GatewayUserContext(Actor? actor, string correlationId) : Dictionary<string, object?>
{
    public Actor? Actor { get; } = actor;

    public string CorrelationId { get; } = correlationId;
}
