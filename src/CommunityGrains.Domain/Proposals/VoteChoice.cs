namespace CommunityGrains.Domain.Proposals;

public enum VoteChoice
{
    For,
    Against,
    Abstain,
}
