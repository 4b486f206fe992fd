using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Feedback;

[Reentrant]
public sealed class FeedbackBoardGrain(
    [PersistentState("feedbackBoard", StorageNames.Default)] IPersistentState<FeedbackBoardState> state) : Grain, IFeedbackBoardGrain
{
    private readonly GroupCommit _commit = new(state.WriteStateAsync);

    Task IFeedbackBoardGrain.Add(FeedbackListed item)
    {
        if (state.State.Items.ContainsKey(item.Id))
        {
            return Task.CompletedTask;
        }

        state.State.Items[item.Id] = item.At;
        return Durably();
    }

    Task<FeedbackSlice> IFeedbackBoardGrain.Query(DateTimeOffset? afterAt, string? afterId, int take)
    {
        var items = state.State.Items.Select(p => new FeedbackListed(p.Key, p.Value)).ToList();
        return Task.FromResult(FeedbackSlicer.Slice(items, afterAt, afterId, take));
    }

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
