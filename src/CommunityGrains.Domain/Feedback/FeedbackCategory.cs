namespace CommunityGrains.Domain.Feedback;

public enum FeedbackCategory
{
    Feature,
    Service,
    Experience,
    Pricing,
    Bug,
    Other,
}
