using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Feedback;

/// <summary>Apart from the proposal's own state, so linking feedback never touches the proposal's writes.</summary>
public sealed class ProposalEvidenceGrain(
    [PersistentState("proposalEvidence", StorageNames.Default)] IPersistentState<ProposalEvidenceState> state) : Grain, IProposalEvidenceGrain
{
    async Task IProposalEvidenceGrain.Add(string feedbackId)
    {
        if (state.State.FeedbackIds.Contains(feedbackId))
        {
            return;
        }

        if (state.State.FeedbackIds.Count >= IProposalEvidenceGrain.MaxItems)
        {
            throw DomainException.Conflict($"proposalId: the proposal already has {IProposalEvidenceGrain.MaxItems} linked feedback items.");
        }

        state.State.FeedbackIds.Add(feedbackId);
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<string>> IProposalEvidenceGrain.FeedbackIds() => Task.FromResult<IReadOnlyList<string>>(state.State.FeedbackIds.ToList());
}
