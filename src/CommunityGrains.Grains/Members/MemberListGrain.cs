using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// Kept like a thread: places given in memory and written together, the ids in <see cref="IThreadPageGrain"/> pages
/// under this grain's key (<c>{community}/{member}/{list}/p{page}</c>).
/// </summary>
[Reentrant]
public sealed class MemberListGrain : Grain, IMemberListGrain
{
    /// <summary>An id is sent again only after a crash cut its sender's own write short: a short window suffices.</summary>
    private const int RecentWindow = 100;

    private readonly IPersistentState<MemberListState> _state;
    private readonly GroupCommit _commit;

    public MemberListGrain([PersistentState("memberList", StorageNames.Default)] IPersistentState<MemberListState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    private MemberListState S => _state.State;

    async Task<long> IMemberListGrain.Append(string id)
    {
        var known = S.Recent.FindIndex(p => p.Key == id);
        var sequence = known >= 0 ? S.Recent[known].Value : ++S.Count;
        if (known < 0)
        {
            S.Recent.Add(KeyValuePair.Create(id, sequence));
            if (S.Recent.Count > RecentWindow)
            {
                S.Recent.RemoveAt(0);
            }

            await _commit.WriteAsync();
        }
        else
        {
            await _commit.Unchanged();
        }

        await Page(sequence / IMemberListGrain.PageSize).Put(sequence, id);
        return sequence;
    }

    async Task<IReadOnlyList<KeyValuePair<long, string>>> IMemberListGrain.After(long afterSequence, int count)
    {
        var ids = new List<KeyValuePair<long, string>>();
        var from = afterSequence + 1;
        while (ids.Count < count && from <= S.Count)
        {
            var page = from / IMemberListGrain.PageSize;
            ids.AddRange(await Page(page).From(from, count - ids.Count));
            from = (page + 1) * IMemberListGrain.PageSize;
        }

        return ids;
    }

    private IThreadPageGrain Page(long page) => GrainFactory.Reference<IThreadPageGrain>(this.GetPrimaryKeyString() + "/p" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
