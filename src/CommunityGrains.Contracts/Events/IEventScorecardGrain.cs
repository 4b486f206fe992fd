using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community/event. Computes the event's scorecard from its feedback, surveys, polls and attendees.</summary>
public interface IEventScorecardGrain : IGrainWithStringKey
{
    /// <summary>MODERATOR.</summary>
    Task<EventScorecardView> Get(Actor actor);
}
