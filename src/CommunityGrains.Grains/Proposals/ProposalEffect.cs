namespace CommunityGrains.Grains.Proposals;

public enum ProposalEffect
{
    /// <summary>Report id, title and status to the proposal index.</summary>
    Index,

    /// <summary>SUGGESTION points, FIRST_SUGGESTION badge and CO_CREATOR score for the author.</summary>
    SubmittedRewards,

    /// <summary>PROPOSAL_ADOPTED points and badge and CO_CREATOR score for the author.</summary>
    AdoptedRewards,

    /// <summary>Tell the ballot box to refuse further votes (closeVoting before the closing time).</summary>
    CloseBallots,
}
