namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// Key: community/yyyy-MM (UTC month of submission). The summaries of one month's items, so that no write grows
/// with all the feedback a community ever received. Summaries are set, not added: a repeat is harmless.
/// </summary>
public interface IFeedbackIndexGrain : IGrainWithStringKey
{
    Task Upsert(FeedbackSummary summary);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<FeedbackSummary>> All();
}
