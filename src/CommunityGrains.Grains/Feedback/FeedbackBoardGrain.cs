using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Feedback;

[Reentrant]
public sealed class FeedbackBoardGrain(
    [PersistentState("feedbackBoard", StorageNames.Default)] IPersistentState<FeedbackBoardState> state) : Grain, IFeedbackBoardGrain
{
    private readonly GroupCommit _commit = new(state.WriteStateAsync);

    /// <summary>
    /// The count is taken before the write is awaited: that write holds every item counted, so the months index never
    /// hears of an item that is not stored. It is reported on a repeat too, which completes a report a crash cut short.
    /// </summary>
    async Task IFeedbackBoardGrain.Add(FeedbackListed item)
    {
        var added = state.State.Items.TryAdd(item.Id, item.At);
        var count = state.State.Items.Count;
        if (added)
        {
            await _commit.WriteAsync();
        }

        await GrainFactory.Reference<IFeedbackBoardMonthsGrain>(MonthsKey(this.Key().CommunityId)).Counted(this.Key().OwnId, count);
    }

    Task<FeedbackSlice> IFeedbackBoardGrain.Query(DateTimeOffset? afterAt, string? afterId, int take)
    {
        var items = state.State.Items.Select(p => new FeedbackListed(p.Key, p.Value)).ToList();
        return Task.FromResult(FeedbackSlicer.Slice(items, afterAt, afterId, take));
    }

    public static string MonthsKey(string communityId) => GrainKeys.Of(communityId, "board-months");
}
