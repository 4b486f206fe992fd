namespace CommunityGrains.Domain.Incentives;

/// <summary>
/// The exact top K of monthly totals. Members push totals that only grow within a month, so a member
/// outside the top K can only fall further behind until it pushes again: keeping K entries is enough to be
/// exact. Ties rank by who reached the score first, then by member id so the order is total.
/// </summary>
public sealed class TopK
{
    public const int DefaultCapacity = 200;

    private readonly List<RankedScore> _entries;

    public TopK(int capacity = DefaultCapacity, IEnumerable<RankedScore>? entries = null)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity));
        }

        Capacity = capacity;
        _entries = (entries ?? []).OrderBy(e => e, RankOrder.Instance).Take(capacity).ToList();
    }

    public int Capacity { get; }

    /// <summary>Best first.</summary>
    public IReadOnlyList<RankedScore> Entries => _entries;

    /// <summary>
    /// Once full, the K-th score: a total below it cannot enter, so its push can be skipped. It never drops
    /// within a month, which is what makes a cached copy safe to skip on. Null while fewer than K are ranked.
    /// </summary>
    public double? Threshold => _entries.Count < Capacity ? null : _entries[^1].Score;

    /// <summary>Records a member's total; returns whether the ranking changed.</summary>
    public bool Push(RankedScore score)
    {
        var existing = _entries.FindIndex(e => e.MemberId == score.MemberId);
        if (existing >= 0)
        {
            if (_entries[existing] == score)
            {
                return false;
            }

            _entries.RemoveAt(existing);
        }
        else if (_entries.Count == Capacity && RankOrder.Instance.Compare(score, _entries[^1]) >= 0)
        {
            return false;
        }

        var at = _entries.BinarySearch(score, RankOrder.Instance);
        _entries.Insert(at < 0 ? ~at : at, score);
        if (_entries.Count > Capacity)
        {
            _entries.RemoveAt(_entries.Count - 1);
        }

        return true;
    }

    /// <summary>Takes a member who left off the ranking; returns whether they were ranked.</summary>
    public bool Remove(string memberId) => _entries.RemoveAll(e => e.MemberId == memberId) > 0;

    public RankedScore? Find(string memberId) => _entries.Find(e => e.MemberId == memberId);

    /// <summary>Higher score first; on a tie, who got there first; then member id.</summary>
    public sealed class RankOrder : IComparer<RankedScore>
    {
        public static readonly RankOrder Instance = new();

        public int Compare(RankedScore? x, RankedScore? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            var byScore = y.Score.CompareTo(x.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byTime = x.ReachedAt.CompareTo(y.ReachedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(x.MemberId, y.MemberId);
        }
    }
}
