namespace CommunityGrains.Domain.Proposals;

/// <summary>Append only: stored by number.</summary>
public enum VoteChoice
{
    For = 0,
    Against = 1,
    Abstain = 2,
}
