namespace CommunityGrains.Domain.Proposals;

/// <summary>Append only: stored by number.</summary>
public enum ProposalStatus
{
    Draft = 0,
    Submitted = 1,
    Screening = 2,
    Voting = 3,
    Review = 4,
    Adopted = 5,
    Rejected = 6,
    Implementing = 7,
    Implemented = 8,
    Withdrawn = 9,
}
