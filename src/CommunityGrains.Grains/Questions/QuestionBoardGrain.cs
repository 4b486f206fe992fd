using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Questions;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Questions;

namespace CommunityGrains.Grains.Questions;

public sealed class QuestionBoardGrain(
    [PersistentState("questions", StorageNames.Default)] IPersistentState<QuestionBoardState> state) : Grain, IQuestionBoardGrain
{
    private const string CursorKind = "questions";

    async Task IQuestionBoardGrain.Upsert(QuestionSummary summary)
    {
        var questions = state.State.Questions;
        if (questions.TryGetValue(summary.QuestionId, out var stored))
        {
            if (stored.Version >= summary.Version)
            {
                return;
            }
        }
        else if (questions.Count >= QuestionRanking.MaxQuestionsPerEvent)
        {
            throw DomainException.BadInput($"input.eventId: this event has {QuestionRanking.MaxQuestionsPerEvent} questions, the most it takes.");
        }

        questions[summary.QuestionId] = summary;
        await state.WriteStateAsync();
    }

    Task<Page<string>> IQuestionBoardGrain.List(QuestionOrder order, int first, string? after)
    {
        var size = InputLimits.PageSize(first);
        var skip = after is null ? 0 : (int)Math.Min(Cursor.DecodeNumber(CursorKind, after) + 1, int.MaxValue);
        var ordered = QuestionRanking.Order(state.State.Questions.Values, order, q => q.Upvotes, q => q.AskedAt, q => q.QuestionId).ToList();
        var items = ordered.Skip(skip).Take(size).Select((q, i) => new PageItem<string>(Cursor.Encode(CursorKind, skip + i), q.QuestionId)).ToList();
        return Task.FromResult(new Page<string>(items, skip + items.Count < ordered.Count, ordered.Count));
    }
}
