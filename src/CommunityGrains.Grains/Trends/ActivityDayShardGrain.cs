using System.Globalization;
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
        _commit = new GroupCommit(ReportThenWrite);
    }

    Task IActivityDayShardGrain.Record(MemberDay day)
    {
        var before = _state.State.Members.GetValueOrDefault(day.MemberId);
        if (before == day)
        {
            return _commit.Unchanged();
        }

        _state.State.Members[day.MemberId] = day;
        _state.State.Totals = _state.State.Totals.Replacing(before, day);
        return _commit.WriteAsync();
    }

    Task IActivityDayShardGrain.FeedbackResolved(string feedbackId) =>
        _state.State.ResolvedFeedbackIds.Add(feedbackId) ? _commit.WriteAsync() : _commit.Unchanged();

    Task IActivityDayShardGrain.CommentPosted(string commentId) =>
        _state.State.CommentIds.Add(commentId) ? _commit.WriteAsync() : _commit.Unchanged();

    // The day grain hears first: if the write then fails, the members whose reports were in it report again (they
    // clear their pending report only when this call succeeds), and the next change carries the same number again.
    private async Task ReportThenWrite()
    {
        var key = this.Key();
        var separator = key.Part.LastIndexOf(GrainKeys.Separator);
        var shard = uint.Parse(key.Part.AsSpan(separator + 1), CultureInfo.InvariantCulture);
        var version = _state.State.Version + 1;
        await GrainFactory.Reference<IActivityDayGrain>(GrainKeys.Of(key.CommunityId, key.OwnId, key.Part[..separator]))
            .Report(shard, version, _state.State.Totals with
            {
                FeedbackResolved = _state.State.ResolvedFeedbackIds.Count,
                Comments = _state.State.CommentIds.Count,
            });
        _state.State.Version = version;
        await _state.WriteStateAsync();
    }
}
