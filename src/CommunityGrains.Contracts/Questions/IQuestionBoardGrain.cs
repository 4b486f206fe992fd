using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Questions;

namespace CommunityGrains.Contracts.Questions;

/// <summary>Key: community/event. The event's questions in small entries, for ordering and paging.</summary>
public interface IQuestionBoardGrain : IGrainWithStringKey
{
    /// <summary>Refuses a new question past the event's cap (BAD_USER_INPUT); a listed one is always updated.</summary>
    Task Upsert(QuestionSummary summary);

    [Orleans.Concurrency.ReadOnly]
    Task<Page<string>> List(QuestionOrder order, int first, string? after);
}
