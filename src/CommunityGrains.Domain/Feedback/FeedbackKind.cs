namespace CommunityGrains.Domain.Feedback;

/// <summary>What kind of feedback it is (the API's FeedbackType). Append only: stored by number.</summary>
public enum FeedbackKind
{
    Suggestion = 0,
    Complaint = 1,
    Inquiry = 2,
    Praise = 3,
}
