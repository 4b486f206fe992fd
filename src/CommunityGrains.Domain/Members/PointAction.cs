namespace CommunityGrains.Domain.Members;

public enum PointAction
{
    CheckIn,
    Discussion,
    Suggestion,
    Vote,
    ProposalAdopted,
    PeerReview,
    HelpCompleted,
    FeedbackSubmitted,
    StarOfTheMonth,
    Redemption,
    Adjustment,

    // Stored: from here on every value is explicit, and new actions are only appended.
    EventAttended = 11,
    PollVote = 12,
    SurveyAnswered = 13,
    QuestionAsked = 14,
}
