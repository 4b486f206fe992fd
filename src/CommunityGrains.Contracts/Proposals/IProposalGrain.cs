using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Proposals;
using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Proposals;

/// <summary>
/// Key: community/proposal. Text, status, screening, voting window, decision and timeline; the votes live in its
/// <see cref="IProposalBallotBoxGrain"/>. Votes and reads interleave with everything so a proposal in its
/// last hour serves many voters at once; the other commands run one at a time.
/// </summary>
public interface IProposalGrain : IGrainWithStringKey
{
    /// <summary>Creates the actor's draft or updates it (autosave: one small write, nothing else).</summary>
    Task<ProposalView> SaveDraft(Actor actor, SaveProposalDraft draft);

    Task<ProposalView> Submit(Actor actor);

    Task<ProposalView> Withdraw(Actor actor);

    Task<ProposalView> Score(Actor actor, ScoreProposal score);

    Task<ProposalView> OpenVoting(Actor actor, DateTimeOffset closesAt);

    [AlwaysInterleave]
    Task<ProposalView> CastVote(Actor actor, VoteChoice choice);

    /// <summary>The actor's current vote, if any.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<VoteChoice?> VoteOf(Actor actor);

    Task<ProposalView> CloseVoting(Actor actor);

    Task<ProposalView> Decide(Actor actor, ProposalDecision decision, string reason);

    Task<ProposalView> UpdateImplementation(Actor actor, ProposalStatus status, string note);

    /// <summary>Null when there is no such proposal, or it is someone else's draft.</summary>
    [AlwaysInterleave]
    Task<ProposalView?> Get(Actor actor);
}
