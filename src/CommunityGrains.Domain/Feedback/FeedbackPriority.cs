namespace CommunityGrains.Domain.Feedback;

public enum FeedbackPriority
{
    Low,
    Medium,
    High,
    Urgent,
}
