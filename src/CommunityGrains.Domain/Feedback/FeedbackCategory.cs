namespace CommunityGrains.Domain.Feedback;

/// <summary>Append only: stored by number.</summary>
public enum FeedbackCategory
{
    Feature = 0,
    Service = 1,
    Experience = 2,
    Pricing = 3,
    Bug = 4,
    Other = 5,
}
