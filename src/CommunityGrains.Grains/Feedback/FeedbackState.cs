using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Grains.Feedback;

[GenerateSerializer]
public sealed class FeedbackState
{
    [Id(0)] public bool Exists { get; set; }

    /// <summary>Kept even for anonymous feedback, for points and abuse control; never leaves this grain then.</summary>
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
}
