using CommunityGrains.Domain.Proposals;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Proposals;

/// <summary>
/// Key: community/proposal. Every vote of a proposal meets here, so concurrent votes share one storage write; a
/// write carries the counts and the bounded journal of recent changes, never the whole electorate, which lives in
/// <see cref="IProposalVoterRollGrain"/> shards.
/// </summary>
public interface IProposalBallotBoxGrain : IGrainWithStringKey
{
    /// <summary>Records or changes a vote; VOTING_CLOSED once the box is closed or the closing time has passed.</summary>
    Task<BallotTally> Cast(BallotVote vote);

    /// <summary>Refuses every later vote and returns the final counts.</summary>
    Task<BallotTally> Close();

    [ReadOnly, AlwaysInterleave]
    Task<BallotTally> Tally();

    [AlwaysInterleave]
    Task<VoteChoice?> VoteOf(string voterId);

    [ReadOnly, AlwaysInterleave]
    Task<BallotStats> Stats();
}
