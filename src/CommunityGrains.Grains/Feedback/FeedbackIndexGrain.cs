using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Feedback;

/// <summary>Reentrant with group commit: every item of a busy month reports here, and they share writes.</summary>
[Reentrant]
public sealed class FeedbackIndexGrain(
    [PersistentState("feedbackIndex", StorageNames.Default)] IPersistentState<FeedbackIndexState> state) : Grain, IFeedbackIndexGrain
{
    private readonly GroupCommit _commit = new(state.WriteStateAsync);

    Task IFeedbackIndexGrain.Upsert(FeedbackSummary summary)
    {
        if (state.State.Items.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return _commit.Unchanged();
        }

        state.State.Items[summary.Id] = summary;
        return _commit.WriteAsync();
    }

    Task<IReadOnlyList<FeedbackSummary>> IFeedbackIndexGrain.All() =>
        Task.FromResult<IReadOnlyList<FeedbackSummary>>(state.State.Items.Values.ToList());
}
