using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// Reentrant so that all concurrent votes of a proposal are applied in memory as they come and written together
/// (group commit): with one box per proposal, every vote in flight meets the others here, so a busy proposal pays
/// one write for many votes. A write carries the counts and the journal of recent changes; the journal is moved to
/// the voter rolls in batches (<see cref="BallotJournal"/>), so no write grows with the electorate.
/// </summary>
[Reentrant]
public sealed class ProposalBallotBoxGrain : Grain, IProposalBallotBoxGrain
{
    private readonly IPersistentState<ProposalBallotBoxState> _state;
    private readonly TimeProvider _time;
    private readonly GroupCommit _commit;
    private BallotTally _durable = new(0, 0, 0, 0);

    /// <summary>Every voter's current vote: the rolls overlaid with the journal, read once per activation.</summary>
    private Dictionary<string, RolledVote> _votes = [];

    private Task? _loading;

    /// <summary>The latest journal move, started by a write; at most one runs at a time.</summary>
    private Task? _moving;

    private bool Moving => _moving is { IsCompleted: false };

    public ProposalBallotBoxGrain([PersistentState("box", StorageNames.Default)] IPersistentState<ProposalBallotBoxState> state, TimeProvider time)
    {
        _state = state;
        _time = time;
        _commit = new GroupCommit(Write);
    }

    private ProposalBallotBoxState S => _state.State;

    /// <summary>Kept out of the state class so that only its numbered members are ever stored.</summary>
    private TallyCounts Counts
    {
        get => new(S.For, S.Against, S.Abstain);
        set => (S.For, S.Against, S.Abstain) = (value.For, value.Against, value.Abstain);
    }

    /// <summary>What storage holds is durable by definition; from here on only completed writes move it.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _durable = Snapshot();
        return Task.CompletedTask;
    }

    async Task<BallotTally> IProposalBallotBoxGrain.Cast(BallotVote vote)
    {
        await Load();

        if (!_votes.ContainsKey(vote.VoterId))
        {
            await BallotVoter.RequireJoined(GrainFactory, CommunityId, vote.VoterId);
        }

        while (BallotJournal.IsFull(S.Journal.Count))
        {
            await MakeRoom();
        }

        BallotVoter.RequireOpen(S.Closed, _time.GetUtcNow(), vote.ClosesAt);
        var previous = _votes.GetValueOrDefault(vote.VoterId);
        if (previous?.Choice != vote.Choice)
        {
            Counts = Counts.Replace(previous?.Choice, vote.Choice);
            Record(vote.VoterId, new RolledVote(vote.Choice, previous?.Awarded ?? false));
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

        if (!_votes[vote.VoterId].Awarded)
        {
            await BallotVoter.Award(GrainFactory, CommunityId, ProposalId, vote.VoterId);

            // Written with a later vote; if lost, the voter's next cast re-sends a deduped award.
            Record(vote.VoterId, _votes[vote.VoterId] with { Awarded = true });
        }

        return tally;
    }

    async Task<BallotTally> IProposalBallotBoxGrain.Close()
    {
        if (!S.Closed)
        {
            S.Closed = true;
            await _commit.WriteAsync();
        }

        return _durable;
    }

    /// <summary>The durable counts: a vote still waiting for its write is not shown to anyone yet.</summary>
    Task<BallotTally> IProposalBallotBoxGrain.Tally() => Task.FromResult(_durable);

    async Task<VoteChoice?> IProposalBallotBoxGrain.VoteOf(string voterId)
    {
        await Load();
        return _votes.TryGetValue(voterId, out var vote) ? vote.Choice : null;
    }

    Task<BallotStats> IProposalBallotBoxGrain.Stats() => Task.FromResult(new BallotStats(S.Version, S.Writes));

    private void Record(string voterId, RolledVote vote)
    {
        _votes[voterId] = vote;
        S.Journal[voterId] = vote;
    }

    private Task Load() => _loading ??= LoadVotes();

    private async Task LoadVotes()
    {
        try
        {
            var votes = new Dictionary<string, RolledVote>();
            if (S.Rolled)
            {
                foreach (var roll in await Task.WhenAll(Enumerable.Range(0, ProposalVoterRolls.Shards).Select(shard => Roll(shard).Votes())))
                {
                    foreach (var (voterId, vote) in roll)
                    {
                        votes[voterId] = vote;
                    }
                }
            }

            foreach (var (voterId, vote) in S.Journal)
            {
                votes[voterId] = vote;
            }

            _votes = votes;
        }
        catch
        {
            _loading = null;
            throw;
        }
    }

    private async Task Write()
    {
        var written = Snapshot();

        // Only what this write makes durable is moved, so a roll never holds a vote the box could lose.
        var move = !Moving && BallotJournal.ShouldFlush(S.Journal.Count) ? new Dictionary<string, RolledVote>(S.Journal) : null;
        S.Rolled |= move is not null;
        S.Writes++;

        // A failed write leaves _durable as it was, and StorageFaultCallFilter deactivates the grain.
        await _state.WriteStateAsync();
        _durable = written;
        if (move is not null)
        {
            _moving = Move(move);
        }
    }

    /// <summary>
    /// Stores a durable batch in the rolls, then forgets the entries that did not change meanwhile. Forgetting is
    /// written with a later vote; a crash before that sends the same absolute entries again, which is harmless.
    /// </summary>
    private async Task Move(Dictionary<string, RolledVote> batch)
    {
        await Task.WhenAll(batch.GroupBy(entry => ProposalVoterRolls.ShardOf(entry.Key))
            .Select(part => Roll(part.Key).Store(part.ToDictionary(entry => entry.Key, entry => entry.Value))));
        foreach (var (voterId, vote) in batch)
        {
            if (S.Journal.TryGetValue(voterId, out var current) && current == vote)
            {
                S.Journal.Remove(voterId);
            }
        }
    }

    /// <summary>A full journal: wait for the move (starting one with a write if none runs); a failed move refuses the vote.</summary>
    private async Task MakeRoom()
    {
        if (!Moving)
        {
            await _commit.WriteAsync();
        }

        if (_moving is { } moving)
        {
            await moving;
        }
    }

    private BallotTally Snapshot() => new(S.For, S.Against, S.Abstain, S.Version);

    private string CommunityId => this.Key().CommunityId;

    private string ProposalId => this.Key().OwnId;

    private IProposalVoterRollGrain Roll(int shard) =>
        GrainFactory.Reference<IProposalVoterRollGrain>(ProposalVoterRolls.Key(CommunityId, ProposalId, shard));
}
