using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Feedback;

/// <summary>Every public resolution reports its month's count here: reentrant with group commit.</summary>
[Reentrant]
public sealed class FeedbackBoardMonthsGrain : Grain, IFeedbackBoardMonthsGrain
{
    private readonly IPersistentState<FeedbackBoardMonthsState> _state;
    private readonly GroupCommit _commit;

    public FeedbackBoardMonthsGrain([PersistentState("feedbackBoardMonths", StorageNames.Default)] IPersistentState<FeedbackBoardMonthsState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    /// <summary>A board only grows, so the larger count is the later one, whatever order the reports arrive in.</summary>
    Task IFeedbackBoardMonthsGrain.Counted(string month, int count)
    {
        if (_state.State.Months.GetValueOrDefault(month) >= count)
        {
            return _commit.Unchanged();
        }

        _state.State.Months[month] = count;
        return _commit.WriteAsync();
    }

    Task<IReadOnlyList<FeedbackBoardMonth>> IFeedbackBoardMonthsGrain.NewestFirst() =>
        Task.FromResult<IReadOnlyList<FeedbackBoardMonth>>(_state.State.Months
            .OrderByDescending(p => p.Key, StringComparer.Ordinal)
            .Select(p => new FeedbackBoardMonth(p.Key, p.Value))
            .ToList());
}
