using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Discussion;

/// <summary>Key: community/{Subject}:{id}/{page}. The comment ids of one page of a thread, by sequence number.</summary>
public interface IThreadPageGrain : IGrainWithStringKey
{
    Task Put(long sequence, string commentId);

    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<KeyValuePair<long, string>>> From(long sequence, int count);
}
