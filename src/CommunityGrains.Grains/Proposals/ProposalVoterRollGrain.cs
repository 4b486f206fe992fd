using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Proposals;

namespace CommunityGrains.Grains.Proposals;

public sealed class ProposalVoterRollGrain(
    [PersistentState("roll", StorageNames.Default)] IPersistentState<ProposalVoterRollState> state) : Grain, IProposalVoterRollGrain
{
    async Task IProposalVoterRollGrain.Store(Dictionary<string, RolledVote> votes)
    {
        foreach (var (voterId, vote) in votes)
        {
            state.State.Votes[voterId] = vote;
        }

        state.State.Writes++;

        // If the write fails, StorageFaultCallFilter deactivates the grain; the box keeps the batch and sends it again.
        await state.WriteStateAsync();
    }

    /// <summary>The call copies the dictionary (it is not immutable), so the box never shares this grain's state.</summary>
    Task<Dictionary<string, RolledVote>> IProposalVoterRollGrain.Votes() => Task.FromResult(state.State.Votes);
}
