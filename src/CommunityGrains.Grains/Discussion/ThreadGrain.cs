using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Discussion;

/// <summary>
/// Hot when a whole community comments on one proposal: reentrant, places given in memory and written together.
/// Its state is counters and a bounded window of recent places; the ids themselves are in page grains.
/// </summary>
[Reentrant]
public sealed class ThreadGrain : Grain, IThreadGrain
{
    private const int RecentWindow = 1000;

    private readonly IPersistentState<ThreadState> _state;
    private readonly GroupCommit _commit;
    private Dictionary<string, long>? _recent;

    public ThreadGrain([PersistentState("thread", StorageNames.Default)] IPersistentState<ThreadState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    private ThreadState S => _state.State;
    private Dictionary<string, long> Recent => _recent ??= S.Recent.ToDictionary(p => p.Key, p => p.Value);
    private string CommunityId => this.Key().CommunityId;

    private SubjectRef Subject
    {
        get
        {
            var name = this.Key().OwnId;
            var colon = name.IndexOf(':');
            return SubjectRef.Of(Enum.Parse<ThreadSubject>(name[..colon]), name[(colon + 1)..]);
        }
    }

    async Task<long> IThreadGrain.Append(string commentId)
    {
        if (Recent.TryGetValue(commentId, out var known))
        {
            await _commit.Unchanged();
            return known;
        }

        var sequence = ++S.Comments;
        Recent[commentId] = sequence;
        S.Recent.Add(KeyValuePair.Create(commentId, sequence));
        if (S.Recent.Count > RecentWindow)
        {
            Recent.Remove(S.Recent[0].Key);
            S.Recent.RemoveAt(0);
        }

        await _commit.WriteAsync();
        return sequence;
    }

    Task IThreadGrain.CommentHidden(string commentId) => S.HiddenIds.Add(commentId) ? _commit.WriteAsync() : _commit.Unchanged();

    async Task<int> IThreadGrain.VisibleCount(Actor actor)
    {
        await SubjectAccess.RequireVisible(GrainFactory, actor, Subject);
        return (int)(S.Comments - S.HiddenIds.Count);
    }

    async Task<Page<CommentView>> IThreadGrain.Comments(Actor actor, int first, long? afterSequence)
    {
        await SubjectAccess.RequireVisible(GrainFactory, actor, Subject);
        var ids = new List<KeyValuePair<long, string>>();
        var from = (afterSequence ?? 0) + 1;
        while (ids.Count <= first && from <= S.Comments)
        {
            var page = from / CommentRules.PageSize;
            var found = await GrainFactory.Reference<IThreadPageGrain>(PageKey(page)).From(from, first + 1 - ids.Count);
            ids.AddRange(found);
            from = (page + 1) * CommentRules.PageSize;
        }

        var shown = ids.Take(first).ToList();
        var views = await Task.WhenAll(shown.Select(p => GrainFactory.Reference<ICommentGrain>(GrainKeys.Of(CommunityId, p.Value)).Get(actor)));
        var items = shown.Zip(views)
            .Where(p => p.Second is not null)
            .Select(p => new PageItem<CommentView>(Domain.Common.Cursor.Encode(CommentView.CursorKind, p.First.Key), p.Second!))
            .ToList();
        return new Page<CommentView>(items, ids.Count > first, (int)S.Comments);
    }

    private string PageKey(long page) => ThreadPages.Key(this.GetPrimaryKeyString(), page);
}
