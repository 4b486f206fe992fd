namespace CommunityGrains.Domain.Notifications;

/// <summary>Stored in inboxes: values are explicit and never renumbered.</summary>
public enum NotificationKind
{
    Mention = 0,
    CommentReply = 1,
    FeedbackAssigned = 2,
    FeedbackReplied = 3,
    FeedbackResolved = 4,
    FeedbackAtRisk = 5,
    FeedbackOverdue = 6,
    ProposalStatus = 7,
    HelpVolunteer = 8,
    HelpAccepted = 9,
    HelpMatch = 10,
    BadgeAwarded = 11,
    StarOfTheMonth = 12,
    StreakAtRisk = 13,
    EventReminder = 14,
    SurveyInvitation = 15,
    TierReached = 16,

    /// <summary>A moderator hid one of my comments (not in the design's list: the issue asks that the author be told).</summary>
    CommentHidden = 17,

    /// <summary>A seat freed up and I was moved from an event's waitlist to it (not in the design's list either).</summary>
    WaitlistPromoted = 18,

    /// <summary>A moderator added or took points (adjustPoints).</summary>
    PointsAdjusted = 19,
}
