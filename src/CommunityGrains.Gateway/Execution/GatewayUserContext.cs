using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Gateway.Execution;

/// <summary>What a resolver knows about the request: who acts (from the token only) and its correlation id.</summary>
public sealed class GatewayUserContext(Actor? actor, string correlationId) : Dictionary<string, object?>
{
    public Actor? Actor { get; } = actor;

    public string CorrelationId { get; } = correlationId;

    /// <summary>
    /// True for a query over HTTP: nothing in it changes state, so one read of an object may answer every field that
    /// asks for it (see <see cref="ReadOnce"/>). Mutations (a later field must see an earlier one's effect) and
    /// subscriptions (one context serves many events) read afresh.
    /// </summary>
    public bool SharesReads { get; init; }

    private readonly Lock _readsLock = new();
    private Dictionary<(Type Kind, string Key), object>? _reads;
    private Dictionary<string, string>? _names;

    internal void KnowNames(IReadOnlyDictionary<string, string> names)
    {
        lock (_readsLock)
        {
            _names ??= [];
            foreach (var (memberId, displayName) in names)
            {
                _names[memberId] = displayName;
            }
        }
    }

    internal string? KnownName(string memberId)
    {
        lock (_readsLock)
        {
            return _names?.GetValueOrDefault(memberId);
        }
    }

    /// <summary>The read of <paramref name="key"/> made earlier in this request, or the one <paramref name="read"/> starts now.</summary>
    internal T ReadOnce<T>((Type Kind, string Key) key, Func<T> read)
        where T : class
    {
        lock (_readsLock)
        {
            _reads ??= [];
            if (!_reads.TryGetValue(key, out var existing))
            {
                existing = read();
                _reads.Add(key, existing);
            }

            return (T)existing;
        }
    }
}
