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
            return Task.CompletedTask;
        }

        state.State.Items[summary.Id] = summary;
        return Durably();
    }

    Task<FeedbackSlice> IFeedbackIndexGrain.Query(FeedbackFilter filter, DateTimeOffset? afterAt, string? afterId, int take)
    {
        var matching = state.State.Items.Values.Where(filter.Matches).Select(s => new FeedbackListed(s.Id, s.CreatedAt)).ToList();
        return Task.FromResult(FeedbackSlicer.Slice(matching, afterAt, afterId, take));
    }

    Task<IReadOnlyList<FeedbackSummary>> IFeedbackIndexGrain.All() =>
        Task.FromResult<IReadOnlyList<FeedbackSummary>>(state.State.Items.Values.ToList());

    /// <summary>
    /// A failed write leaves a change in memory that storage lacks; a retry would then be acknowledged as "already
    /// known". Deactivating makes the next call reload what is really stored.
    /// </summary>
    private async Task Durably()
    {
        try
        {
            await _commit.WriteAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
