namespace CommunityGrains.Contracts.Feedback;

/// <summary>Key: community/proposal (the proposal's key). The feedback items linked to a proposal as evidence of demand.</summary>
public interface IProposalEvidenceGrain : IGrainWithStringKey
{
    public const int MaxItems = 200;

    Task Add(string feedbackId);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<string>> FeedbackIds();
}
