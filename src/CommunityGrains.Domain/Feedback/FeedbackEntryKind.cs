namespace CommunityGrains.Domain.Feedback;

/// <summary>Append only: stored by number.</summary>
public enum FeedbackEntryKind
{
    /// <summary>Written to the author, who sees it.</summary>
    Reply = 0,

    /// <summary>Staff only: never shown to the author.</summary>
    Note = 1,

    /// <summary>A change of status, written by the system.</summary>
    Status = 2,
}
