using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Domain.Polls;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Polls;

/// <summary>
/// Reentrant so that concurrent votes of a shard are applied in memory as they come and written together (group
/// commit), as the proposal ballot box does: a full room voting at once pays a few writes per shard, not one per vote.
/// </summary>
[Reentrant]
public sealed class PollBallotShardGrain : Grain, IPollBallotShardGrain
{
    private readonly IPersistentState<PollBallotShardState> _state;
    private readonly GroupCommit _commit;
    private PollShardCounts _durable = new() { Shard = 0, Version = 0, Votes = [], Ballots = 0 };

    public PollBallotShardGrain([PersistentState("ballots", StorageNames.Default)] IPersistentState<PollBallotShardState> state)
    {
        _state = state;
        _commit = new GroupCommit(Write);
    }

    private PollBallotShardState S => _state.State;

    /// <summary>What storage holds is durable by definition; from here on only completed writes move it.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _durable = Snapshot();
        return Task.CompletedTask;
    }

    async Task<PollCast> IPollBallotShardGrain.Cast(string memberId, int option, int options)
    {
        if (S.Closed)
        {
            PollRules.RequireOpen(PollStatus.Closed);
        }

        while (S.Votes.Count < options)
        {
            S.Votes.Add(0);
        }

        var previous = S.Ballots.GetValueOrDefault(memberId);
        if (previous?.Option != option)
        {
            if (previous is not null)
            {
                S.Votes[previous.Option]--;
            }

            S.Votes[option]++;
            S.Ballots[memberId] = new PollBallot { Option = option, Awarded = previous?.Awarded ?? false };
            S.Version++;
        }

        // Taken now, so it holds only changes that the write awaited below (or an earlier one) makes durable.
        var counts = Snapshot();
        if (S.Version > _durable.Version)
        {
            // Lets the votes already queued at this activation apply themselves and join the coming write.
            await Task.Yield();
            await _commit.WriteAsync();
        }

        return new PollCast { Counts = counts, AwardDue = !S.Ballots[memberId].Awarded };
    }

    Task IPollBallotShardGrain.Awarded(string memberId)
    {
        // Stored with a later write; if lost, the voter's next vote sends the (deduplicated) award again.
        if (S.Ballots.TryGetValue(memberId, out var ballot))
        {
            S.Ballots[memberId] = ballot with { Awarded = true };
        }

        return Task.CompletedTask;
    }

    async Task<PollShardCounts> IPollBallotShardGrain.Close()
    {
        if (!S.Closed)
        {
            S.Closed = true;
            await _commit.WriteAsync();
        }

        return _durable;
    }

    Task<PollShardCounts> IPollBallotShardGrain.Counts() => Task.FromResult(_durable);

    Task<int?> IPollBallotShardGrain.ChoiceOf(string memberId) =>
        Task.FromResult(S.Ballots.TryGetValue(memberId, out var ballot) ? ballot.Option : (int?)null);

    private async Task Write()
    {
        var written = Snapshot();

        // A failed write leaves _durable as it was, and StorageFaultCallFilter deactivates the grain.
        await _state.WriteStateAsync();
        _durable = written;
    }

    private PollShardCounts Snapshot() => new()
    {
        Shard = int.Parse(this.Key().Part, System.Globalization.CultureInfo.InvariantCulture),
        Version = S.Version,
        Votes = S.Votes.ToList(),
        Ballots = S.Ballots.Count,
    };
}
