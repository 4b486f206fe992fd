using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Polls;

/// <summary>Key: community/poll. A live poll of an event: its options, status and the counts of its ballot shards.</summary>
public interface IPollGrain : IGrainWithStringKey
{
    /// <summary>MODERATOR or the event's staff; a retry with the same id by the same member returns the poll.</summary>
    Task<PollView> Create(Actor actor, CreatePoll create);

    Task<PollView> Open(Actor actor);

    Task<PollView> Close(Actor actor);

    /// <summary>The event ended or was cancelled.</summary>
    Task CloseWithEvent();

    /// <summary>Attendees who signed in; a second vote replaces the first.</summary>
    Task<PollView> Vote(Actor actor, string optionId);

    [Orleans.Concurrency.ReadOnly]
    Task<PollView?> Get(Actor actor);

    /// <summary>The option id the actor chose, null if none.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<string?> ChoiceOf(Actor actor);
}
