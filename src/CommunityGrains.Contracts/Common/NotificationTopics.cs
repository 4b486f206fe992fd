namespace CommunityGrains.Contracts.Common;

/// <summary>
/// Live updates travel on Orleans streams of one provider: a stream namespace per topic, keyed by
/// <see cref="GrainKeys"/> of what changed, so a subscriber on any host hears a writer on any other.
/// </summary>
public static class NotificationTopics
{
    /// <summary>The stream provider the silo configures for notifications.</summary>
    public const string Provider = "notifications";

    /// <summary>Each new tally of a proposal, keyed by the proposal's grain key.</summary>
    public const string ProposalTally = "proposal-tally";

    /// <summary>A help request of a member after someone volunteers or is accepted, keyed by the requester's member key.</summary>
    public const string HelpUpdates = "help-updates";

    /// <summary>An event after a registration, sign-in or status change, keyed by the event's grain key.</summary>
    public const string EventUpdates = "event-updates";

    /// <summary>A poll's counts after votes while it is open, keyed by the poll's grain key.</summary>
    public const string PollResults = "poll-results";

    /// <summary>A question of an event after it is asked, upvoted or answered, keyed by the event's grain key.</summary>
    public const string EventQuestions = "event-questions";

    /// <summary>Each new notification of a member, keyed by the member's key.</summary>
    public const string MemberNotifications = "member-notifications";

    /// <summary>Each new, edited or hidden comment of a thread (as its author sees it), keyed by the thread's key.</summary>
    public const string ThreadComments = "thread-comments";
}
