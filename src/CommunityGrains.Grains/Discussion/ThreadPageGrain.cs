using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Discussion;

[Reentrant]
public sealed class ThreadPageGrain : Grain, IThreadPageGrain
{
    private readonly IPersistentState<ThreadPageState> _state;
    private readonly GroupCommit _commit;

    public ThreadPageGrain([PersistentState("thread-page", StorageNames.Default)] IPersistentState<ThreadPageState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IThreadPageGrain.Put(long sequence, string commentId)
    {
        if (_state.State.Ids.TryGetValue(sequence, out var known) && known == commentId)
        {
            return _commit.Unchanged();
        }

        _state.State.Ids[sequence] = commentId;
        return _commit.WriteAsync();
    }

    Task<IReadOnlyList<KeyValuePair<long, string>>> IThreadPageGrain.From(long sequence, int count) =>
        Task.FromResult<IReadOnlyList<KeyValuePair<long, string>>>(_state.State.Ids.Where(p => p.Key >= sequence).Take(count).ToList());
}
