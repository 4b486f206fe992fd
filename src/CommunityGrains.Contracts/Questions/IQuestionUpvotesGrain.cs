namespace CommunityGrains.Contracts.Questions;

/// <summary>Key: see <see cref="QuestionUpvotes.Key"/>. The upvoters of one question whose ids fall in this shard.</summary>
public interface IQuestionUpvotesGrain : IGrainWithStringKey
{
    /// <summary>Adds the member's upvote, or takes it back; returns this shard's count after the change.</summary>
    Task<int> Toggle(string memberId);

    [Orleans.Concurrency.ReadOnly]
    Task<bool> Has(string memberId);
}
