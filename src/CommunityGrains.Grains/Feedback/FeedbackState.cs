using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Grains.Feedback;

[GenerateSerializer]
public sealed class FeedbackState
{
    [Id(0)] public bool Exists { get; set; }

    /// <summary>
    /// Kept even for anonymous feedback, for points and abuse control; never leaves this grain then. Empty when staff
    /// typed in an anonymous item for no member.
    /// </summary>
    [Id(1)] public string AuthorId { get; set; } = "";

    [Id(2)] public bool Anonymous { get; set; }
    [Id(3)] public FeedbackChannel Channel { get; set; }
    [Id(4)] public string Body { get; set; } = "";
    [Id(5)] public FeedbackCategory SuggestedCategory { get; set; }
    [Id(6)] public FeedbackCategory? Category { get; set; }
    [Id(7)] public FeedbackPriority? Priority { get; set; }
    [Id(8)] public string? AssigneeId { get; set; }
    [Id(9)] public FeedbackStatus Status { get; set; }
    [Id(10)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Fixed at submission from the community's target then, so a later change of target moves no deadline.</summary>
    [Id(11)] public DateTimeOffset DueAt { get; set; }

    [Id(12)] public string? Reply { get; set; }
    [Id(13)] public string? Resolution { get; set; }
    [Id(14)] public DateTimeOffset? ResolvedAt { get; set; }
    [Id(15)] public bool Public { get; set; }
    [Id(16)] public string? CloseReason { get; set; }

    /// <summary>Rises with every change, so the month index can ignore a stale summary.</summary>
    [Id(17)] public int Version { get; set; }

    /// <summary>Set in the same write as a change, cleared once the index, points and score have all taken it.</summary>
    [Id(18)] public bool EffectsPending { get; set; }

    [Id(19)] public bool Awarded { get; set; }
    [Id(20)] public bool Scored { get; set; }

    /// <summary>The event the item was collected at; it counts on that event's scorecard.</summary>
    [Id(21)] public string? EventId { get; set; }

    /// <summary>Notifications and webhook events of the last change, sent with the other effects (see Announcer).</summary>
    [Id(22)] public List<Contracts.Notifications.Announcement> Announcements { get; set; } = [];

    /// <summary>Who called submit (the author, or staff typing it in): a retry is theirs.</summary>
    [Id(23)] public string SubmittedBy { get; set; } = "";

    /// <summary>Staff who typed the item in on the author's behalf; they earn nothing for it.</summary>
    [Id(24)] public string? EnteredById { get; set; }

    [Id(25)] public FeedbackKind? Kind { get; set; }
    [Id(26)] public string? Contact { get; set; }

    /// <summary>Replies, notes and status changes, oldest first; at most <see cref="FeedbackGrain.MaxHistory"/>.</summary>
    [Id(27)] public List<Contracts.Feedback.FeedbackEntryView> History { get; set; } = [];

    [Id(28)] public DateTimeOffset? FirstResponseAt { get; set; }
    [Id(29)] public DateTimeOffset? TriagedAt { get; set; }

    /// <summary>Moderators who triaged or wrote notes: told, with the assignee, when the item is at risk or overdue.</summary>
    [Id(30)] public HashSet<string> StaffIds { get; set; } = [];

    [Id(31)] public string? DuplicateOfId { get; set; }
    [Id(32)] public List<string> DuplicateIds { get; set; } = [];

    /// <summary>The author, the reporters of merged duplicates and every "me too", once each; never shown.</summary>
    [Id(33)] public HashSet<string> ReporterIds { get; set; } = [];

    /// <summary>Authors of merged duplicates, told when this item is resolved.</summary>
    [Id(34)] public HashSet<string> FollowerIds { get; set; } = [];

    [Id(35)] public string? ProposalId { get; set; }

    /// <summary>Set at resolution when there is an author to ask; the survey is created with the other effects.</summary>
    [Id(36)] public string? FollowUpSurveyId { get; set; }

    /// <summary>Who resolved: the follow-up survey is created in their name, so a retry finds it theirs.</summary>
    [Id(37)] public string? ResolvedBy { get; set; }

    [Id(38)] public bool FollowUpSent { get; set; }

    /// <summary>In the author's own list (their data export); never set for an anonymous item, which no list names.</summary>
    [Id(39)] public bool AuthorListed { get; set; }
}
