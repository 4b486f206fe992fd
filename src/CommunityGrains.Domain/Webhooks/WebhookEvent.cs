namespace CommunityGrains.Domain.Webhooks;

/// <summary>Stored with registrations and deliveries: values are explicit and never renumbered.</summary>
public enum WebhookEvent
{
    MemberJoined = 0,
    ProposalSubmitted = 1,
    ProposalStatusChanged = 2,
    VotingClosed = 3,
    FeedbackSubmitted = 4,
    FeedbackStatusChanged = 5,
    FeedbackOverdue = 6,
    HelpCompleted = 7,
    BadgeAwarded = 8,
    StarSelected = 9,
    EventEnded = 10,
    CommentPosted = 11,

    /// <summary>Sent by testWebhook only; not a subscribable event.</summary>
    Ping = 100,
}
