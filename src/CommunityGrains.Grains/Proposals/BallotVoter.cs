using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Grains.Proposals;

/// <summary>What the ballot box asks of a voter and owes them.</summary>
public static class BallotVoter
{
    /// <summary>Checked before a first vote is recorded, so that the VOTE award that follows can never fail for a stranger.</summary>
    public static async Task RequireJoined(IGrainFactory grains, string communityId, string voterId)
    {
        if (!await grains.Reference<IMemberProposalsGrain>(GrainKeys.Of(communityId, voterId)).HasJoined())
        {
            throw DomainException.NotFound($"Member '{voterId}' has not joined this community.");
        }
    }

    public static void RequireOpen(bool closed, DateTimeOffset now, DateTimeOffset closesAt)
    {
        if (closed || now >= closesAt)
        {
            throw new DomainException(ErrorCodes.VotingClosed, "Voting on this proposal has closed.");
        }
    }

    /// <summary>Once per voter and proposal: the dedupe key is the proposal's.</summary>
    public static Task Award(IGrainFactory grains, string communityId, string proposalId, string voterId) =>
        grains.Reference<IMemberGrain>(GrainKeys.Of(communityId, voterId))
            .Award(new PointAward($"vote:{proposalId}", PointAction.Vote, SystemText.Of(SystemTextKind.VotedOnProposal)));
}
