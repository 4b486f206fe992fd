namespace CommunityGrains.Contracts.Help;

/// <summary>Key: community/cell/shard. The durable part of a cell's index, split by request id.</summary>
public interface IHelpAreaShardGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces entries and drops expired ones.</summary>
    Task Put(IReadOnlyList<HelpAreaEntry> entries);

    Task Remove(string requestId);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<HelpAreaEntry>> All();
}
