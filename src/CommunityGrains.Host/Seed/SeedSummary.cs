using System.Collections.Concurrent;

namespace CommunityGrains.Host.Seed;

/// <summary>What the seed did, counted as it goes (a repeated run counts the same calls again; the grains ignore the repeats).</summary>
public sealed class SeedSummary
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public void Add(string what, int amount = 1) => _counts.AddOrUpdate(what, amount, (_, n) => n + amount);

    public int this[string what] => _counts.GetValueOrDefault(what);

    public IEnumerable<KeyValuePair<string, int>> Counts => _counts.OrderBy(c => c.Key, StringComparer.Ordinal);
}
