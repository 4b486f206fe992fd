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

    /// <summary>Moderators: every item; others: their own items, or with assignedToMe the items assigned to them.</summary>
    Task<Page<FeedbackView>> Queue(Actor actor, FeedbackQueueRequest request);

    /// <summary>Open items with text like the item's, best first; empty for a viewer who may not see the item.</summary>
    Task<IReadOnlyList<FeedbackView>> Similar(Actor actor, string feedbackId, int first);

    /// <summary>MODERATOR: the loop's health from <paramref name="from"/> to <paramref name="to"/> (default: the last 30 days).</summary>
    Task<FeedbackReportView> Report(Actor actor, DateTimeOffset? from, DateTimeOffset? to);
}
