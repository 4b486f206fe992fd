using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// Key: community/feedback-queue/{shard}, <see cref="Shards"/> shards by item id. Every item's summary, whatever
/// its month, so a queue page asks a fixed number of grains however long the community has existed.
/// </summary>
public interface IFeedbackQueueGrain : IGrainWithStringKey
{
    public const int Shards = 64;

    Task Upsert(FeedbackSummary summary);

    /// <summary>The first matching items in the sort strictly after the cursor, and how many match in all.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<FeedbackQueueSlice> Query(FeedbackFilter filter, FeedbackSort sort, FeedbackQueuePlace? after, int take);

    /// <summary>Open items (other than <paramref name="exceptId"/>) whose text scores at least the threshold, best first.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<FeedbackMatch>> Similar(string text, string exceptId, int take);
}
