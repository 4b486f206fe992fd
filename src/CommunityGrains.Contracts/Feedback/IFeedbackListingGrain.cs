using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>
/// Key: the community id. Stateless: reads across the month indexes to page listings and compute the SLA figures.
/// </summary>
public interface IFeedbackListingGrain : IGrainWithStringKey
{
    /// <summary>Moderators: every item; members: their own items given under their name.</summary>
    Task<Page<FeedbackView>> Items(Actor actor, FeedbackStatus? status, FeedbackCategory? category, int first, string? after);

    /// <summary>Publicly resolved items, newest resolution first.</summary>
    Task<Page<FeedbackView>> Board(Actor actor, int first, string? after);

    Task<FeedbackStatsView> Stats();
}
