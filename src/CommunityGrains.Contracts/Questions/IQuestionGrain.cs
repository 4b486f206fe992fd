using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Questions;

/// <summary>Key: community/event/question. One question asked at an event, its upvotes and the staff's answer.</summary>
public interface IQuestionGrain : IGrainWithStringKey
{
    /// <summary>A retry with the same id by the same member returns the question, with no second effect.</summary>
    Task<QuestionView> Ask(Actor actor, AskQuestion ask);

    /// <summary>Adds the actor's upvote, or takes it back if given.</summary>
    Task<QuestionView> ToggleUpvote(Actor actor);

    /// <summary>MODERATOR or the event's staff.</summary>
    Task<QuestionView> Answer(Actor actor, string answer);

    [Orleans.Concurrency.ReadOnly]
    Task<QuestionView?> Get(Actor actor);

    [Orleans.Concurrency.ReadOnly]
    Task<bool> UpvotedBy(Actor actor);
}
