using CommunityGrains.Contracts.Common;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Discussion;

/// <summary>Key: community/comment. One comment: its body, edits, hiding and reactions; the thread keeps only its place.</summary>
public interface ICommentGrain : IGrainWithStringKey
{
    /// <summary>Posts once: the same id from the same author again returns the comment and repeats no effect.</summary>
    Task<CommentView> Post(Actor actor, PostComment post);

    Task<CommentView> Edit(Actor actor, string body);

    Task<CommentView> Hide(Actor actor, string reason);

    Task<CommentView> ToggleReaction(Actor actor, string emoji);

    /// <summary>Null when there is no such comment.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<CommentView?> Get(Actor actor);

    /// <summary>Where a posted comment lives and whether it is itself a reply, for a reply's checks.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<CommentPlace?> Place();
}
