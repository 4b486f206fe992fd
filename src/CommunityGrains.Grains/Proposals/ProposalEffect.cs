namespace CommunityGrains.Grains.Proposals;

/// <summary>Append only: stored by number.</summary>
public enum ProposalEffect
{
    /// <summary>Report id, title and status to the proposal index.</summary>
    Index = 0,

    /// <summary>SUGGESTION points, FIRST_SUGGESTION badge and CO_CREATOR score for the author.</summary>
    SubmittedRewards = 1,

    /// <summary>PROPOSAL_ADOPTED points and badge and CO_CREATOR score for the author.</summary>
    AdoptedRewards = 2,

    /// <summary>Tell the ballot box to refuse further votes (closeVoting before the closing time).</summary>
    CloseBallots = 3,
}
