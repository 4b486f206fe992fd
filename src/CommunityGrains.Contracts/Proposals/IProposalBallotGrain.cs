using CommunityGrains.Domain.Proposals;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Proposals;

/// <summary>
/// Key: community/proposal/shard (see <see cref="ProposalBallots"/>). Who voted what in this shard and the shard's
/// counts, so no write grows with the number of voters; concurrent votes share writes.
/// </summary>
public interface IProposalBallotGrain : IGrainWithStringKey
{
    /// <summary>Records or changes a vote; VOTING_CLOSED once the shard is closed or the closing time has passed.</summary>
    Task<ShardTally> Cast(BallotVote vote);

    /// <summary>Refuses every later vote and returns the final counts of this shard.</summary>
    Task<ShardTally> Close();

    [ReadOnly, AlwaysInterleave]
    Task<ShardTally> Tally();

    [ReadOnly, AlwaysInterleave]
    Task<VoteChoice?> VoteOf(string voterId);

    [ReadOnly, AlwaysInterleave]
    Task<BallotStats> Stats();
}
