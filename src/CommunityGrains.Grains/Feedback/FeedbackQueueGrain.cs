using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Feedback;

/// <summary>
/// One shard of a community's feedback queue. Reentrant with group commit: every item of the shard reports here.
/// Duplicate suggestions keep the trigrams of open items in memory only, rebuilt from the summaries on activation.
/// </summary>
[Reentrant]
public sealed class FeedbackQueueGrain(
    [PersistentState("feedbackQueue", StorageNames.Default)] IPersistentState<FeedbackQueueState> state) : Grain, IFeedbackQueueGrain
{
    private readonly GroupCommit _commit = new(state.WriteStateAsync);
    private readonly Dictionary<string, IReadOnlySet<string>> _grams = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var item in state.State.Items.Values)
        {
            Remember(item);
        }

        return Task.CompletedTask;
    }

    Task IFeedbackQueueGrain.Upsert(FeedbackSummary summary)
    {
        if (state.State.Items.TryGetValue(summary.Id, out var known) && known.Version >= summary.Version)
        {
            return _commit.Unchanged();
        }

        state.State.Items[summary.Id] = summary;
        Remember(summary);
        return _commit.WriteAsync();
    }

    Task<FeedbackQueueSlice> IFeedbackQueueGrain.Query(FeedbackFilter filter, FeedbackSort sort, FeedbackQueuePlace? after, int take)
    {
        var cursor = after?.Order;
        var matching = 0;
        var page = new List<FeedbackQueueOrder>();
        foreach (var item in state.State.Items.Values)
        {
            if (!filter.Matches(item))
            {
                continue;
            }

            matching++;
            var order = FeedbackQueueOrder.Of(sort, item.Id, item.CreatedAt, item.DueAt, item.Priority);
            if (cursor is null || order.CompareTo(cursor) > 0)
            {
                page.Add(order);
            }
        }

        return Task.FromResult(new FeedbackQueueSlice(page.Order().Take(take).Select(FeedbackQueuePlace.Of).ToList(), matching));
    }

    Task<IReadOnlyList<FeedbackMatch>> IFeedbackQueueGrain.Similar(string text, string exceptId, int take)
    {
        var grams = FeedbackSimilarity.Grams(text);
        IReadOnlyList<FeedbackMatch> matches = _grams
            .Where(g => g.Key != exceptId)
            .Select(g => new FeedbackMatch(g.Key, FeedbackSimilarity.Score(grams, g.Value)))
            .Where(m => m.Score >= FeedbackSimilarity.Threshold)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(take)
            .ToList();
        return Task.FromResult(matches);
    }

    private void Remember(FeedbackSummary item)
    {
        if (item is { OpenText: { } text, Merged: false })
        {
            _grams[item.Id] = FeedbackSimilarity.Grams(text);
        }
        else
        {
            _grams.Remove(item.Id);
        }
    }
}
