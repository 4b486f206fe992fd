using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

public sealed partial class ProposalGrain
{
    private readonly ProposalTally _tally = new();

    /// <summary>
    /// Interleaves with everything: the proposal only checks the window and forwards to the voter's ballot shard,
    /// where concurrent votes share writes. The proposal itself writes nothing per vote.
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

        var shard = await Ballot(ProposalBallots.ShardOf(actor.MemberId)).Cast(new BallotVote(actor.MemberId, choice, S.VotingClosesAt!.Value));
        await ReceiveShardTally(shard);
        return await View();
    }

    /// <summary>
    /// Every shard count the proposal hears of passes here. While voting is open, each change of the tally is
    /// published to the proposal's stream (proposalTally subscribers on any host); votes interleave, so a
    /// subscriber may see two close changes in either order, each a whole, durable tally.
    /// </summary>
    private async Task ReceiveShardTally(ShardTally shard)
    {
        if (_tally.Apply(shard) && S.Status == ProposalStatus.Voting)
        {
            await this.Publish(NotificationTopics.ProposalTally, this.GetPrimaryKeyString(), await Tally());
        }
    }

    private async Task<TallyView> Tally()
    {
        if (S.VotingOpensAt is not null)
        {
            await _tally.EnsureLoaded(shard => Ballot(shard).Tally());
        }

        var counts = _tally.Counts;
        return new TallyView(ProposalId, counts.For, counts.Against, counts.Abstain);
    }

    private async Task CloseBallots()
    {
        var closed = await Task.WhenAll(Enumerable.Range(0, ProposalBallots.Shards).Select(shard => Ballot(shard).Close()));
        foreach (var shard in closed)
        {
            await ReceiveShardTally(shard);
        }
    }

    private IProposalBallotGrain Ballot(int shard) =>
        GrainFactory.Reference<IProposalBallotGrain>(ProposalBallots.Key(CommunityId, ProposalId, shard));
}
