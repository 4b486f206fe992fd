namespace CommunityGrains.Domain.Proposals;

public enum ProposalDecision
{
    Adopted,
    Rejected,
}
