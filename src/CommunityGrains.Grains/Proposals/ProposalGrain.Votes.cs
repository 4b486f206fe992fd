using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

public sealed partial class ProposalGrain
{
    private readonly ProposalTally _tally = new();
    private LatestPublisher<TallyView>? _tallyPublisher;

    /// <summary>
    /// Interleaves with everything: the proposal only checks the window and forwards to the ballot box, where
    /// concurrent votes share writes. The proposal itself writes nothing per vote.
    /// </summary>
    async Task<ProposalView> IProposalGrain.CastVote(Actor actor, VoteChoice choice)
    {
        RequireExisting(actor);
        if (S.Status != ProposalStatus.Voting)
        {
            if (S.VotingOpensAt is not null)
            {
                throw new DomainException(ErrorCodes.VotingClosed, $"Voting on this proposal has closed; it is {ProposalLifecycle.Name(S.Status)}.");
            }

            ProposalLifecycle.Next(S.Status, ProposalCommand.Vote);
        }

        var vote = new BallotVote(actor.MemberId, choice, S.VotingClosesAt!.Value);
        ReceiveBoxTally(await Box.Cast(vote));
        return await View();
    }

    async Task<VoteChoice?> IProposalGrain.VoteOf(Actor actor)
    {
        if (!actor.IsIn(CommunityId) || S.VotingOpensAt is null)
        {
            return null;
        }

        return await Box.VoteOf(actor.MemberId);
    }

    /// <summary>
    /// Every count the proposal hears from its ballot box passes here. While voting is open, changes of the tally are
    /// published to the proposal's stream (proposalTally subscribers on any host), each a whole, durable tally.
    /// One publication runs at a time and the latest tally follows it, so a burst of votes costs a few
    /// publications rather than one each, and a vote is acknowledged without waiting for any.
    /// </summary>
    private void ReceiveBoxTally(BallotTally tally)
    {
        if (_tally.Apply(tally) && S.Status == ProposalStatus.Voting)
        {
            (_tallyPublisher ??= new LatestPublisher<TallyView>(this, NotificationTopics.ProposalTally, Tally)).Changed();
        }
    }

    private async Task<TallyView> Tally()
    {
        var counts = default(TallyCounts);
        if (S.VotingOpensAt is not null)
        {
            await _tally.EnsureLoaded(Box.Tally);
            counts = _tally.Counts;
        }

        return new TallyView(ProposalId, counts.For, counts.Against, counts.Abstain);
    }

    private async Task CloseBallots() => ReceiveBoxTally(await Box.Close());

    private IProposalBallotBoxGrain Box => GrainFactory.Reference<IProposalBallotBoxGrain>(this.GetPrimaryKeyString());
}
