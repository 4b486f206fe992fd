namespace CommunityGrains.Domain.Proposals;

public enum ProposalStatus
{
    Draft,
    Submitted,
    Screening,
    Voting,
    Review,
    Adopted,
    Rejected,
    Implementing,
    Implemented,
    Withdrawn,
}
