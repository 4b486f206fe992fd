namespace CommunityGrains.Domain.Discussion;

/// <summary>
/// DISCUSSION points cannot be farmed by posting: at most once per thread per member per day, and at most the
/// community's daily number of comments, days counted in the community's time zone.
/// </summary>
/// <param name="Day">The day the awards below were counted on.</param>
/// <param name="Threads">Threads that earned points on <paramref name="Day"/>.</param>
public sealed record DiscussionAllowance(DateOnly Day, IReadOnlyList<string> Threads)
{
    public const int DefaultPerDay = 3;
    public const int MaxPerDay = 50;

    public static readonly DiscussionAllowance None = new(DateOnly.MinValue, []);

    /// <summary>Whether a comment in <paramref name="thread"/> on <paramref name="today"/> earns points, and the allowance after it.</summary>
    public (bool Earns, DiscussionAllowance Next) Comment(string thread, DateOnly today, int perDay)
    {
        var current = today == Day ? this : new DiscussionAllowance(today, []);
        if (current.Threads.Contains(thread, StringComparer.Ordinal) || current.Threads.Count >= perDay)
        {
            return (false, current);
        }

        return (true, current with { Threads = [.. current.Threads, thread] });
    }
}
