namespace CommunityGrains.Contracts.Proposals;

/// <summary>
/// Key: community/proposal/shard (see <see cref="ProposalVoterRolls"/>). The settled votes of one part
/// of a proposal's electorate, moved here from the ballot box's journal in batches so the box's writes stay small.
/// Stores absolute choices, so a batch sent twice (the box crashed before forgetting it) changes nothing.
/// </summary>
public interface IProposalVoterRollGrain : IGrainWithStringKey
{
    Task Store(Dictionary<string, RolledVote> votes);

    Task<Dictionary<string, RolledVote>> Votes();
}
