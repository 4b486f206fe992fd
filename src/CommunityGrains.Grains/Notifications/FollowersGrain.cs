using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Notifications;

[Reentrant]
public sealed class FollowersGrain : Grain, IFollowersGrain
{
    private readonly IPersistentState<FollowersState> _state;
    private readonly GroupCommit _commit;

    public FollowersGrain([PersistentState("followers", StorageNames.Default)] IPersistentState<FollowersState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    Task IFollowersGrain.Set(string memberId, bool follow)
    {
        var changed = follow ? _state.State.Members.Add(memberId) : _state.State.Members.Remove(memberId);
        return changed ? _commit.WriteAsync() : _commit.Unchanged();
    }

    Task<bool> IFollowersGrain.Follows(string memberId) => Task.FromResult(_state.State.Members.Contains(memberId));

    Task<IReadOnlyList<string>> IFollowersGrain.Members() => Task.FromResult<IReadOnlyList<string>>(_state.State.Members.Order(StringComparer.Ordinal).ToList());
}
