namespace CommunityGrains.Domain.Feedback;

/// <summary>Append only: stored by number.</summary>
public enum FeedbackStatus
{
    New = 0,
    Triaged = 1,
    InProgress = 2,
    Resolved = 3,
    Closed = 4,
}
