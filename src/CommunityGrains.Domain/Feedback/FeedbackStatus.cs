namespace CommunityGrains.Domain.Feedback;

public enum FeedbackStatus
{
    New,
    Triaged,
    InProgress,
    Resolved,
    Closed,
}
