namespace CommunityGrains.Domain.Feedback;

/// <summary>Orders of the feedback queue.</summary>
public enum FeedbackSort
{
    Newest = 0,
    Oldest = 1,
    DueSoonest = 2,
    Priority = 3,
}
