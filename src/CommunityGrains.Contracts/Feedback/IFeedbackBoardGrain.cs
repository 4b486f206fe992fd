namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// Key: community/yyyy-MM (UTC month of resolution). The items resolved publicly that month, so the public board
/// pages by resolution date without reading every item. Adding an item twice is harmless.
/// </summary>
public interface IFeedbackBoardGrain : IGrainWithStringKey
{
    Task Add(FeedbackListed item);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<FeedbackSlice> Query(DateTimeOffset? afterAt, string? afterId, int take);
}
