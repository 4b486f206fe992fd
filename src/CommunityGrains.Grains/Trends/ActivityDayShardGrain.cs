using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Trends;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Trends;

/// <summary>Every award, resolution and comment of the day reports here, so reentrant with group commit like the roster shards.</summary>
[Reentrant]
public sealed class ActivityDayShardGrain : Grain, IActivityDayShardGrain
{
    private readonly IPersistentState<ActivityDayShardState> _state;
    private readonly GroupCommit _commit;

    public ActivityDayShardGrain([PersistentState("activity", StorageNames.Default)] IPersistentState<ActivityDayShardState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IActivityDayShardGrain.Record(MemberDay day)
    {
        if (_state.State.Members.GetValueOrDefault(day.MemberId) == day)
        {
            return Task.CompletedTask;
        }

        _state.State.Members[day.MemberId] = day;
        return _commit.WriteAsync();
    }

    Task IActivityDayShardGrain.FeedbackResolved(string feedbackId) =>
        _state.State.ResolvedFeedbackIds.Add(feedbackId) ? _commit.WriteAsync() : Task.CompletedTask;

    Task IActivityDayShardGrain.CommentPosted(string commentId) =>
        _state.State.CommentIds.Add(commentId) ? _commit.WriteAsync() : Task.CompletedTask;

    Task<ActivityDayShardView> IActivityDayShardGrain.Read() => Task.FromResult(new ActivityDayShardView
    {
        Members = _state.State.Members.Values.ToList(),
        FeedbackResolved = _state.State.ResolvedFeedbackIds.Count,
        Comments = _state.State.CommentIds.Count,
    });
}
