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
        return _commit.WriteAsync();
    }

    Task<FeedbackSlice> IFeedbackBoardGrain.Query(DateTimeOffset? afterAt, string? afterId, int take)
    {
        var items = state.State.Items.Select(p => new FeedbackListed(p.Key, p.Value)).ToList();
        return Task.FromResult(FeedbackSlicer.Slice(items, afterAt, afterId, take));
    }
}
