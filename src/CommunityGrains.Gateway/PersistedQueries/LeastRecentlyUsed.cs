namespace CommunityGrains.Gateway.PersistedQueries;

/// <summary>Hash to document text, bounded in entries and in characters; the least recently used go first.</summary>
internal sealed class LeastRecentlyUsed(int capacity, long maxChars)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Text)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Text)> _order = new();
    private long _chars;

    public bool TryGet(string hash, out string text)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                text = node.Value.Text;
                return true;
            }
        }

        text = "";
        return false;
    }

    public void Add(string hash, string text)
    {
        if (capacity == 0 || text.Length > maxChars)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var existing))
            {
                _order.Remove(existing);
                _order.AddFirst(existing);
                return;
            }

            _entries[hash] = _order.AddFirst((hash, text));
            _chars += text.Length;
            while (_entries.Count > capacity || _chars > maxChars)
            {
                var oldest = _order.Last!;
                _order.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
                _chars -= oldest.Value.Text.Length;
            }
        }
    }
}
