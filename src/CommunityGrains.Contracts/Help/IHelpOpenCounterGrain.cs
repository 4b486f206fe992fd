namespace CommunityGrains.Contracts.Help;

/// <summary>
/// Key: community/open/shard. The ids of open requests in one shard with their deadlines: set semantics make a
/// retried open or close harmless, and expired ids stop counting on read without anyone touching the request.
/// </summary>
public interface IHelpOpenCounterGrain : IGrainWithStringKey
{
    Task Open(string requestId, DateTimeOffset expiresAt);

    Task Close(string requestId);

    [Orleans.Concurrency.ReadOnly]
    Task<int> Count();
}
