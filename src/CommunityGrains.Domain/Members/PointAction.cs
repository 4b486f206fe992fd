namespace CommunityGrains.Domain.Members;

/// <summary>Append only: stored by number.</summary>
public enum PointAction
{
    CheckIn = 0,

    /// <summary>Nothing awards it yet: discussions do not exist. Its rule (5 points) is listed so communities can configure it.</summary>
    Discussion = 1,

    Suggestion = 2,
    Vote = 3,
    ProposalAdopted = 4,
    PeerReview = 5,
    HelpCompleted = 6,
    FeedbackSubmitted = 7,
    StarOfTheMonth = 8,
    Redemption = 9,
    Adjustment = 10,
    EventAttended = 11,
    PollVote = 12,
    SurveyAnswered = 13,
    QuestionAsked = 14,

    /// <summary>Given once on joining; the points are the community's <c>welcomePoints</c>, not a rule.</summary>
    Welcome = 15,
}
