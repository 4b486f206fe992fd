using CommunityGrains.Contracts.Common;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Discussion;

/// <summary>
/// Key: community/{Subject}:{id}. The order of a thread's comments and its counts. Comment ids live in page grains of
/// <see cref="Domain.Discussion.CommentRules.PageSize"/>, so no write and no read grows with the thread; concurrent
/// posts share writes.
/// </summary>
public interface IThreadGrain : IGrainWithStringKey
{
    /// <summary>Gives the comment its place (the same place when sent again) and returns its sequence number.</summary>
    Task<long> Append(string commentId);

    /// <summary>A comment of this thread was hidden: it no longer counts.</summary>
    Task CommentHidden(string commentId);

    /// <summary>Comments not hidden; NOT_FOUND when the actor may not see the subject.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<int> VisibleCount(Actor actor);

    /// <summary>Oldest first; NOT_FOUND when the actor may not see the subject.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<Page<CommentView>> Comments(Actor actor, int first, long? afterSequence);
}
