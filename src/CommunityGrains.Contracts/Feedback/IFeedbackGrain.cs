using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>Key: community/feedback. One item's lifecycle: NEW, TRIAGED, IN_PROGRESS, then RESOLVED or CLOSED.</summary>
public interface IFeedbackGrain : IGrainWithStringKey
{
    /// <summary>Creates the item; repeating with the same id by the same author returns it with no second effect.</summary>
    Task<FeedbackView> Submit(Actor actor, SubmitFeedback submit);

    /// <summary>MODERATOR.</summary>
    Task<FeedbackView> Triage(Actor actor, TriageFeedback triage);

    /// <summary>MODERATOR or the assignee.</summary>
    Task<FeedbackView> Reply(Actor actor, string reply);

    /// <summary>MODERATOR or the assignee.</summary>
    Task<FeedbackView> Resolve(Actor actor, string resolution, bool isPublic);

    /// <summary>MODERATOR: ends the item without a resolution.</summary>
    Task<FeedbackView> Close(Actor actor, string? reason);

    /// <summary>MODERATOR or the assignee: a staff-only note in the history.</summary>
    Task<FeedbackView> AddNote(Actor actor, string text);

    /// <summary>A member's "me too" on an item they may see: counted once per member.</summary>
    Task<FeedbackView> ReportSame(Actor actor);

    /// <summary>MODERATOR: the proposal this item led to.</summary>
    Task<FeedbackView> LinkProposal(Actor actor, string proposalId);

    /// <summary>
    /// MODERATOR, on the original: checks that both items can be merged, records the duplicate (its reporters add up,
    /// its author follows this item), then closes the duplicate as merged.
    /// </summary>
    Task<FeedbackView> Merge(Actor actor, string duplicateId);

    /// <summary>Called by the original of a merge: closes this item as its duplicate and returns who reported it.</summary>
    Task<FeedbackMergeSource> MergeInto(Actor actor, string originalId);

    /// <summary>Null when the item does not exist or the actor may not see it.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<FeedbackView?> Get(Actor actor);
}
