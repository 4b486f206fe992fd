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

    /// <summary>Null when the item does not exist or the actor may not see it.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<FeedbackView?> Get(Actor actor);
}
