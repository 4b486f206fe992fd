using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Questions;

namespace CommunityGrains.Grains.Questions;

/// <summary>
/// Called only by its <see cref="QuestionGrain"/>, one call at a time, which stores the count this returns: a crash
/// between the two writes leaves the question's count stale until the next toggle in this shard reports it again.
/// </summary>
public sealed class QuestionUpvotesGrain(
    [PersistentState("questionUpvotes", StorageNames.Default)] IPersistentState<QuestionUpvotesState> state) : Grain, IQuestionUpvotesGrain
{
    async Task<int> IQuestionUpvotesGrain.Toggle(string memberId)
    {
        if (!state.State.Upvoters.Remove(memberId))
        {
            state.State.Upvoters.Add(memberId);
        }

        await state.WriteStateAsync();
        return state.State.Upvoters.Count;
    }

    Task<bool> IQuestionUpvotesGrain.Has(string memberId) => Task.FromResult(state.State.Upvoters.Contains(memberId));
}
