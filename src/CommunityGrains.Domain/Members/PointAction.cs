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
}
