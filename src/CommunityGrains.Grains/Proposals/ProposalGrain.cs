using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// The lifecycle of one proposal. Commands persist the new state (with its pending effects) first and then
/// send the effects; every command first completes effects a failed earlier call left pending, so a retry
/// repairs them even when the retried transition itself is refused. Votes go to the ballot box (ProposalGrain.Votes.cs).
/// </summary>
public sealed partial class ProposalGrain(
    [PersistentState("proposal", StorageNames.Default)] IPersistentState<ProposalState> state,
    TimeProvider time) : Grain, IProposalGrain
{
    private ProposalState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string ProposalId => this.Key().OwnId;

    async Task<ProposalView> IProposalGrain.SaveDraft(Actor actor, SaveProposalDraft draft)
    {
        actor.RequireIn(CommunityId);
        var title = InputLimits.Title(draft.Title, "input.title");
        var body = InputLimits.Body(draft.Body, "input.body");
        var tags = InputLimits.Tags(draft.Tags, "input.tags").ToList();
        var budget = ProposalRules.Budget(draft.Budget, "input.budget");
        if (S.Exists)
        {
            RequireAuthor(actor);
            await CompleteEffects();
            ProposalLifecycle.Next(S.Status, ProposalCommand.Edit);
        }
        else
        {
            await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, actor.MemberId)).GetJoined();
            Create(actor);
        }

        (S.Title, S.Body, S.Tags, S.Budget) = (title, body, tags, budget);
        await Persist();
        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView> IProposalGrain.Submit(Actor actor)
    {
        RequireAuthorOf(actor);
        await CompleteEffects();
        if (S.Status == ProposalStatus.Submitted)
        {
            // A retry: the state is durable, but the rewards may not have reached the author.
            S.PendingEffects.Add(ProposalEffect.SubmittedRewards);
        }
        else
        {
            Move(ProposalCommand.Submit, actor, note: null);
            S.SubmittedAt = time.GetUtcNow();
            S.PendingEffects.Add(ProposalEffect.SubmittedRewards);
            S.Announcements.Add(ProposalAnnouncements.Submitted(ProposalId, S.SubmittedAt.Value));
            await Persist();
        }

        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView> IProposalGrain.Withdraw(Actor actor)
    {
        RequireAuthorOf(actor);
        await CompleteEffects();
        Move(ProposalCommand.Withdraw, actor, note: null);
        await Persist();
        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView> IProposalGrain.Score(Actor actor, ScoreProposal score)
    {
        RequireModeratorOn(actor);
        await CompleteEffects();
        var scored = new ScreeningScoreView(
            actor.MemberId,
            ScreeningRules.Score(score.Feasibility, "input.feasibility"),
            ScreeningRules.Score(score.Innovation, "input.innovation"),
            ScreeningRules.Score(score.Value, "input.value"),
            InputLimits.Note(score.Comment, "input.comment"),
            time.GetUtcNow());
        if (S.Status != ProposalLifecycle.Next(S.Status, ProposalCommand.Score))
        {
            Move(ProposalCommand.Score, actor, note: null);
        }

        // One score per moderator: scoring again replaces the earlier one, which keeps the list bounded.
        S.Screening.RemoveAll(s => s.ReviewerId == actor.MemberId);
        S.Screening.Add(scored);
        await Persist();
        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView> IProposalGrain.OpenVoting(Actor actor, DateTimeOffset closesAt)
    {
        RequireModeratorOn(actor);
        await CompleteEffects();
        var now = time.GetUtcNow();
        var closing = ProposalRules.ClosingTime(closesAt, now, "input.closesAt");
        Move(ProposalCommand.OpenVoting, actor, note: null);
        S.VotingOpensAt = now;
        S.VotingClosesAt = closing;
        await Persist();
        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView> IProposalGrain.CloseVoting(Actor actor)
    {
        RequireModeratorOn(actor);
        await CompleteEffects();
        Move(ProposalCommand.CloseVoting, actor, note: null);
        S.Announcements.Add(ProposalAnnouncements.VotingClosed(ProposalId, time.GetUtcNow()));
        S.PendingEffects.Add(ProposalEffect.CloseBallots);
        await Persist();
        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView> IProposalGrain.Decide(Actor actor, ProposalDecision decision, string reason)
    {
        RequireModeratorOn(actor);
        await CompleteEffects();
        var why = ProposalRules.RequiredNote(reason, "input.reason");
        var target = decision == ProposalDecision.Adopted ? ProposalStatus.Adopted : ProposalStatus.Rejected;
        if (S.Decision == decision && S.Status == target)
        {
            // A retry: re-send the adoption effects; the author's grain ignores the ones it has applied.
            S.PendingEffects.Add(decision == ProposalDecision.Adopted ? ProposalEffect.AdoptedRewards : ProposalEffect.Index);
        }
        else
        {
            Move(ProposalCommand.Decide, actor, why, target);
            (S.Decision, S.DecisionReason) = (decision, why);
            if (decision == ProposalDecision.Adopted)
            {
                S.PendingEffects.Add(ProposalEffect.AdoptedRewards);
            }

            await Persist();
        }

        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView> IProposalGrain.UpdateImplementation(Actor actor, ProposalStatus status, string note)
    {
        RequireModeratorOn(actor);
        await CompleteEffects();
        var why = ProposalRules.RequiredNote(note, "input.note");
        Move(ProposalCommand.UpdateImplementation, actor, why, status);
        await Persist();
        await CompleteEffects();
        return await View();
    }

    async Task<ProposalView?> IProposalGrain.Get(Actor actor)
    {
        CatchUp();
        if (!actor.IsIn(CommunityId) || !S.Exists || (S.Status == ProposalStatus.Draft && actor.MemberId != S.AuthorId))
        {
            return null;
        }

        return await View();
    }

    private void Create(Actor actor)
    {
        var now = time.GetUtcNow();
        S.Exists = true;
        S.AuthorId = actor.MemberId;
        S.Status = ProposalStatus.Draft;
        S.CreatedAt = now;
        S.Timeline.Add(new ProposalEventView(now, ProposalStatus.Draft, actor.MemberId, null));
        S.PendingEffects.Add(ProposalEffect.Index);
    }

    /// <summary>Applies one transition of the lifecycle and records it on the timeline.</summary>
    private void Move(ProposalCommand command, Actor actor, string? note, ProposalStatus? target = null)
    {
        S.Status = ProposalLifecycle.Next(S.Status, command, target);
        S.Timeline.Add(new ProposalEventView(time.GetUtcNow(), S.Status, actor.MemberId, note));
        S.PendingEffects.Add(ProposalEffect.Index);
        S.Announcements.AddRange(ProposalAnnouncements.StatusChanged(ProposalId, S.Title, S.AuthorId, S.Status, S.Timeline.Count, actor.MemberId, time.GetUtcNow()));
    }

    /// <summary>
    /// Voting ends at its closing time whether or not anyone closes it: every access applies the deadline from
    /// state. The change is deterministic, so it is simply written with the next command.
    /// </summary>
    private void CatchUp()
    {
        if (S.Exists && ProposalLifecycle.Effective(S.Status, S.VotingClosesAt, time.GetUtcNow()) != S.Status)
        {
            S.Status = ProposalStatus.Review;
            S.Timeline.Add(new ProposalEventView(S.VotingClosesAt!.Value, ProposalStatus.Review, null, "Voting closed at its closing time."));
            S.PendingEffects.Add(ProposalEffect.Index);
            S.Announcements.Add(ProposalAnnouncements.VotingClosed(ProposalId, S.VotingClosesAt.Value));
            S.Announcements.AddRange(ProposalAnnouncements.StatusChanged(ProposalId, S.Title, S.AuthorId, S.Status, S.Timeline.Count, null, S.VotingClosesAt.Value));
        }
    }

    /// <summary>If the write fails, StorageFaultCallFilter deactivates the grain: memory ahead of storage is never reused.</summary>
    private Task Persist() => state.WriteStateAsync();

    private void RequireExisting(Actor actor)
    {
        actor.RequireIn(CommunityId);
        CatchUp();
        if (!S.Exists)
        {
            throw DomainException.NotFound($"Proposal '{ProposalId}' does not exist.");
        }
    }

    private void RequireAuthor(Actor actor)
    {
        if (actor.MemberId != S.AuthorId)
        {
            throw DomainException.Forbidden("Only the author can change this proposal.");
        }
    }

    private void RequireAuthorOf(Actor actor)
    {
        RequireExisting(actor);
        RequireAuthor(actor);
    }

    private void RequireModeratorOn(Actor actor)
    {
        RequireExisting(actor);
        actor.Require(Role.Moderator);
    }
}
