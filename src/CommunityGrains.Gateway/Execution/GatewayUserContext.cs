using System.Collections.Concurrent;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Gateway.Execution;

/// <summary>What a resolver knows about the request: who acts (from the token only) and its correlation id.</summary>
public sealed class GatewayUserContext(Actor? actor, string correlationId) : Dictionary<string, object?>
{
    public Actor? Actor { get; } = actor;

    public string CorrelationId { get; } = correlationId;

    /// <summary>
    /// True for a query over HTTP: nothing in it changes state, so one read of an object may answer every field that
    /// asks for it (see <see cref="Reads"/>). Mutations (a later field must see an earlier one's effect) and
    /// subscriptions (one context serves many events) read afresh.
    /// </summary>
    public bool SharesReads { get; init; }

    private ConcurrentDictionary<(Type Kind, string Key), object>? _reads;

    /// <summary>Reads made in this request, by kind and grain key; used only when <see cref="SharesReads"/>.</summary>
    internal ConcurrentDictionary<(Type Kind, string Key), object> Reads => LazyInitializer.EnsureInitialized(ref _reads);
}
