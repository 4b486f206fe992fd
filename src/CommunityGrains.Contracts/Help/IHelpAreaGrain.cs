namespace CommunityGrains.Contracts.Help;

/// <summary>
/// Key: community/cell (a geohash of precision 5). The open requests in one cell, served from memory; the entries
/// are persisted in <see cref="IHelpAreaShardGrain"/>s so one write stays small however full the cell gets.
/// </summary>
public interface IHelpAreaGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces entries (a batch for bulk loads); repeats are harmless.</summary>
    Task Index(IReadOnlyList<HelpAreaEntry> entries);

    /// <summary>Removes a request that is no longer open; removing an unknown id is harmless.</summary>
    Task Remove(string requestId);

    /// <summary>The best matches in this cell, unrounded, at most <see cref="HelpSearch.First"/>.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<HelpCandidateView>> Search(HelpSearch search);

    [Orleans.Concurrency.ReadOnly]
    Task<HelpAreaStats> Stats();
}
