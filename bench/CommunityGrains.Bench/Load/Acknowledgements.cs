using System.Collections.Concurrent;

namespace CommunityGrains.Bench.Load;

/// <summary>
/// Requests that set a key's state (a member's vote on a proposal, a member's registration), where the check afterwards
/// compares the server with the last acknowledged request per key. Workers draw at random, so two could send one key's
/// requests at once, and the order of their answers need not be the order the server applied them: a key takes a new
/// request only once the previous one was answered (<see cref="TryStart"/>).
/// </summary>
internal sealed class LatestPerKey<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, bool> _inFlight = new();
    private readonly ConcurrentDictionary<TKey, int> _last = new();
    private int _failed;

    /// <summary>Requests answered with an error: the server may or may not have applied them.</summary>
    public int Failed => _failed;

    public IEnumerable<KeyValuePair<TKey, int>> Last => _last;

    public int? LastOf(TKey key) => _last.TryGetValue(key, out var tag) ? tag : null;

    public bool TryStart(TKey key) => _inFlight.TryAdd(key, true);

    public void Completed(TKey key, int tag, bool ok)
    {
        if (ok)
        {
            _last[key] = tag;
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }

        _inFlight.TryRemove(key, out _);
    }
}

/// <summary>
/// Requests with a client id, drawn again at random, so a later draw is a retry of an earlier one (also while it is
/// still in flight): the server must count each acknowledged id once. An id that failed and was never acknowledged
/// afterwards leaves the count unknown.
/// </summary>
internal sealed class AcknowledgedIds
{
    private readonly ConcurrentDictionary<int, (int Member, bool Acknowledged)> _ids = new();

    public int Acknowledged => _ids.Values.Count(id => id.Acknowledged);

    public int Unknown => _ids.Values.Count(id => !id.Acknowledged);

    public int AcknowledgedBy(int member) => _ids.Values.Count(id => id.Member == member && id.Acknowledged);

    public void Completed(int id, int member, bool ok) =>
        _ids.AddOrUpdate(id, (member, ok), (_, known) => (member, known.Acknowledged || ok));
}
