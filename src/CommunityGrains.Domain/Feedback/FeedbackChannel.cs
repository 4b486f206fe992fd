namespace CommunityGrains.Domain.Feedback;

public enum FeedbackChannel
{
    App,
    Form,
    Email,
    Hotline,
    Social,
    Event,
}
