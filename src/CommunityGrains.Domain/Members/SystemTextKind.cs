namespace CommunityGrains.Domain.Members;

/// <summary>
/// Which text the system writes into a member's record (a ledger reason, a badge's reason); its facts travel beside it.
/// Append only: stored by number (a held award keeps its text until it is credited).
/// </summary>
public enum SystemTextKind
{
    /// <summary>Written by a person (a moderator's reason): shown as given, in no particular language.</summary>
    Verbatim = 0,
    Welcome = 1,
    CheckedIn = 2,
    ReviewedCheckIn = 3,
    StreakCertificate = 4,
    HelpedWith = 5,
    HelpsCompleted = 6,
    OffersPosted = 7,
    HelperVoucher = 8,
    BestGroup = 9,
    Redeemed = 10,
    AttendedEvent = 11,
    StarOfTheMonth = 12,
    StarOfTheYear = 13,
    FeedbackSubmitted = 14,
    AnsweredSurvey = 15,
    VotedInPoll = 16,
    VotedOnProposal = 17,
    SubmittedProposal = 18,
    FirstProposal = 19,
    ProposalAdopted = 20,
    AdoptedBadge = 21,
    AskedQuestion = 22,
    Discussion = 23,
}
