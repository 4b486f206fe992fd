using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Notifications;

namespace CommunityGrains.Grains.Proposals;

public sealed partial class ProposalGrain
{
    /// <summary>
    /// Sends every pending effect. Each is removed once sent; the removal is written with the next command, and
    /// until then a repeat is harmless because receivers dedupe by key.
    /// </summary>
    private async Task CompleteEffects()
    {
        foreach (var effect in S.PendingEffects.Order().ToList())
        {
            await Send(effect);
            S.PendingEffects.Remove(effect);
        }

        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
    }

    private Task Send(ProposalEffect effect) => effect switch
    {
        ProposalEffect.Index => GrainFactory.Reference<IProposalIndexGrain>(ProposalIndex.KeyFor(CommunityId, ProposalId))
            .Upsert(new ProposalIndexEntry(ProposalId, S.Title, S.Status, S.AuthorId, S.CreatedAt, S.VotingClosesAt)),
        ProposalEffect.SubmittedRewards => RewardSubmission(),
        ProposalEffect.AdoptedRewards => RewardAdoption(),
        _ => CloseBallots(),
    };

    private async Task RewardSubmission()
    {
        var author = Author;
        var at = S.SubmittedAt ?? time.GetUtcNow();
        await author.Award(new PointAward($"suggestion:{ProposalId}", PointAction.Suggestion, SystemText.Of(SystemTextKind.SubmittedProposal, S.Title)));
        await author.GrantBadge(new BadgeGrant(AutomaticBadges.FirstSuggestion, AutomaticBadges.FirstSuggestion, SystemText.Of(SystemTextKind.FirstProposal, S.Title), null));
        await author.AddMonthlyScore(new ScoreEvent($"cocreator:submitted:{ProposalId}", StarCategory.CoCreator, 1, at));
    }

    private async Task RewardAdoption()
    {
        var author = Author;
        var at = S.Timeline.LastOrDefault(e => e.Status == ProposalStatus.Adopted)?.At ?? time.GetUtcNow();
        await author.Award(new PointAward($"adopted:{ProposalId}", PointAction.ProposalAdopted, SystemText.Of(SystemTextKind.ProposalAdopted, S.Title)));
        await author.GrantBadge(new BadgeGrant($"adopted:{ProposalId}", AutomaticBadges.ProposalAdopted, SystemText.Of(SystemTextKind.AdoptedBadge, S.Title), null));
        await author.AddMonthlyScore(new ScoreEvent($"cocreator:adopted:{ProposalId}", StarCategory.CoCreator, 3, at));
    }

    private IMemberGrain Author => GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, S.AuthorId));

    /// <summary>Copies the lists: the view leaves the grain without a deep copy ([Immutable]) while the state keeps changing.</summary>
    private async Task<ProposalView> View() => new()
    {
        Id = ProposalId,
        Title = S.Title,
        Body = S.Body,
        Tags = S.Tags.ToList(),
        Budget = S.Budget,
        AuthorId = S.AuthorId,
        Status = S.Status,
        CreatedAt = S.CreatedAt,
        SubmittedAt = S.SubmittedAt,
        Screening = S.Screening.ToList(),
        Feasibility = ScreeningRules.Mean(S.Screening.Select(s => s.Feasibility).ToList()),
        Innovation = ScreeningRules.Mean(S.Screening.Select(s => s.Innovation).ToList()),
        Value = ScreeningRules.Mean(S.Screening.Select(s => s.Value).ToList()),
        VotingOpensAt = S.VotingOpensAt,
        VotingClosesAt = S.VotingClosesAt,
        Tally = await Tally(),
        Decision = S.Decision,
        DecisionReason = S.DecisionReason,
        Timeline = S.Timeline.ToList(),
    };
}
