namespace CommunityGrains.Domain.Proposals;

/// <summary>Append only: stored by number.</summary>
public enum ProposalDecision
{
    Adopted = 0,
    Rejected = 1,
}
