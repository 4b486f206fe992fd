using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

public sealed partial class ProposalGrain
{
    private ProposalTally? _tally;
    private bool _publishing;
    private bool _publishAgain;

    /// <summary>Created on first use after voting opened, when the layout is known.</summary>
    private ProposalTally Tallies => _tally ??= new ProposalTally(S.BallotLayout == BallotLayout.Box ? 1 : ProposalBallots.Shards);

    /// <summary>
    /// Interleaves with everything: the proposal only checks the window and forwards to the ballot box (or, for a
    /// proposal opened before boxes, the voter's ballot shard), where concurrent votes share writes. The proposal
    /// itself writes nothing per vote.
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
        var counts = S.BallotLayout == BallotLayout.Box
            ? await Box.Cast(vote)
            : await Ballot(ProposalBallots.ShardOf(actor.MemberId)).Cast(vote);
        ReceiveShardTally(counts);
        return await View();
    }

    async Task<VoteChoice?> IProposalGrain.VoteOf(Actor actor)
    {
        if (actor.CommunityId != CommunityId || S.VotingOpensAt is null)
        {
            return null;
        }

        return S.BallotLayout == BallotLayout.Box
            ? await Box.VoteOf(actor.MemberId)
            : await Ballot(ProposalBallots.ShardOf(actor.MemberId)).VoteOf(actor.MemberId);
    }

    /// <summary>
    /// Every shard count the proposal hears of passes here. While voting is open, changes of the tally are
    /// published to the proposal's stream (proposalTally subscribers on any host), each a whole, durable tally.
    /// One publication runs at a time and the latest tally follows it, so a burst of votes costs a few
    /// publications rather than one each, and a vote is acknowledged without waiting for any.
    /// </summary>
    private void ReceiveShardTally(ShardTally shard)
    {
        if (Tallies.Apply(shard) && S.Status == ProposalStatus.Voting)
        {
            if (_publishing)
            {
                _publishAgain = true;
            }
            else
            {
                _ = PublishTally();
            }
        }
    }

    private async Task PublishTally()
    {
        _publishing = true;
        try
        {
            do
            {
                _publishAgain = false;
                await this.Publish(NotificationTopics.ProposalTally, this.GetPrimaryKeyString(), await Tally());
            }
            while (_publishAgain);
        }
        finally
        {
            _publishing = false;
        }
    }

    private async Task<TallyView> Tally()
    {
        var counts = default(TallyCounts);
        if (S.VotingOpensAt is not null)
        {
            await Tallies.EnsureLoaded(shard => S.BallotLayout == BallotLayout.Box ? Box.Tally() : Ballot(shard).Tally());
            counts = Tallies.Counts;
        }

        return new TallyView(ProposalId, counts.For, counts.Against, counts.Abstain);
    }

    private async Task CloseBallots()
    {
        var closed = S.BallotLayout == BallotLayout.Box
            ? [await Box.Close()]
            : await Task.WhenAll(Enumerable.Range(0, ProposalBallots.Shards).Select(shard => Ballot(shard).Close()));
        foreach (var shard in closed)
        {
            ReceiveShardTally(shard);
        }
    }

    private IProposalBallotBoxGrain Box => GrainFactory.Reference<IProposalBallotBoxGrain>(this.GetPrimaryKeyString());

    private IProposalBallotGrain Ballot(int shard) =>
        GrainFactory.Reference<IProposalBallotGrain>(ProposalBallots.Key(CommunityId, ProposalId, shard));
}
