namespace CommunityGrains.Domain.Feedback;

/// <summary>Append only: stored by number.</summary>
public enum FeedbackPriority
{
    Low = 0,
    Medium = 1,
    High = 2,
    Urgent = 3,
}
