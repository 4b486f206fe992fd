namespace CommunityGrains.Domain.Feedback;

/// <summary>Append only: stored by number.</summary>
public enum FeedbackChannel
{
    App = 0,
    Form = 1,
    Email = 2,
    Hotline = 3,
    Social = 4,
    Event = 5,
}
