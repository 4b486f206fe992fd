namespace CommunityGrains.Domain.Feedback;

/// <summary>How an item stands against its due date. Derived on every read, never stored.</summary>
public enum FeedbackRisk
{
    OnTrack = 0,
    AtRisk = 1,
    Overdue = 2,
    Done = 3,
}
