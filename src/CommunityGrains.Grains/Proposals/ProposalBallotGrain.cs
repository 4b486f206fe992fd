using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// Reentrant so that the many votes of a proposal's last hour are applied in memory as they come and written
/// together (group commit): each voter waits for the one write that carries their vote, never a write each.
/// </summary>
[Reentrant]
public sealed class ProposalBallotGrain : Grain, IProposalBallotGrain
{
    private readonly IPersistentState<ProposalBallotState> _state;
    private readonly TimeProvider _time;
    private readonly GroupCommit _commit;
    private ShardTally _durable = new(0, 0, 0, 0, 0);

    public ProposalBallotGrain([PersistentState("ballot", StorageNames.Default)] IPersistentState<ProposalBallotState> state, TimeProvider time)
    {
        _state = state;
        _time = time;
        _commit = new GroupCommit(Write);
    }

    private ProposalBallotState S => _state.State;

    /// <summary>What storage holds is durable by definition; from here on only completed writes move it.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _durable = Snapshot();
        return Task.CompletedTask;
    }

    async Task<ShardTally> IProposalBallotGrain.Cast(BallotVote vote)
    {
        if (!S.Votes.ContainsKey(vote.VoterId))
        {
            await BallotVoter.RequireJoined(GrainFactory, KeyParts[0], vote.VoterId);
        }

        BallotVoter.RequireOpen(S.Closed, _time.GetUtcNow(), vote.ClosesAt);
        var previous = S.Votes.GetValueOrDefault(vote.VoterId);
        if (previous?.Choice != vote.Choice)
        {
            S.Counts = S.Counts.Replace(previous?.Choice, vote.Choice);
            S.Votes[vote.VoterId] = new BallotEntry(vote.Choice, previous?.Awarded ?? false);
            S.Version++;
        }

        // Taken now, so it holds only changes that the write awaited below (or an earlier one) makes durable.
        var tally = Snapshot();
        if (S.Version > _durable.Version)
        {
            // Lets the votes already queued at this activation record themselves and join the coming write.
            await Task.Yield();
            await _commit.WriteAsync();
        }

        if (!S.Votes[vote.VoterId].Awarded)
        {
            await BallotVoter.Award(GrainFactory, KeyParts[0], ProposalId, vote.VoterId);
            // Remembered in memory and written with a later vote; if lost, the next cast re-sends a deduped award.
            S.Votes[vote.VoterId] = S.Votes[vote.VoterId] with { Awarded = true };
        }

        return tally;
    }

    async Task<ShardTally> IProposalBallotGrain.Close()
    {
        if (!S.Closed)
        {
            S.Closed = true;
            await _commit.WriteAsync();
        }

        return _durable;
    }

    /// <summary>The durable counts: a vote still waiting for its write is not shown to anyone yet.</summary>
    Task<ShardTally> IProposalBallotGrain.Tally() => Task.FromResult(_durable);

    Task<VoteChoice?> IProposalBallotGrain.VoteOf(string voterId) =>
        Task.FromResult(S.Votes.TryGetValue(voterId, out var entry) ? entry.Choice : (VoteChoice?)null);

    Task<BallotStats> IProposalBallotGrain.Stats() => Task.FromResult(new BallotStats(S.Version, S.Writes));

    private async Task Write()
    {
        var written = Snapshot();
        S.Writes++;

        // A failed write leaves _durable as it was, and StorageFaultCallFilter deactivates the grain.
        await _state.WriteStateAsync();
        _durable = written;
    }

    private ShardTally Snapshot() => new(Shard, S.For, S.Against, S.Abstain, S.Version);

    private string[] KeyParts => GrainKeys.Parts(this.GetPrimaryKeyString());

    private string ProposalId => KeyParts[1];

    private int Shard => int.Parse(KeyParts[2], CultureInfo.InvariantCulture);
}
