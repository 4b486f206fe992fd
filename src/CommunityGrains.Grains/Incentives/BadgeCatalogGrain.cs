using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Incentives;

/// <summary>A grain of its own rather than part of the community grain, so badge writes never touch its config.</summary>
public sealed class BadgeCatalogGrain(
    [PersistentState("badges", StorageNames.Default)] IPersistentState<BadgeCatalogState> state,
    CommunityViews communities) : Grain, IBadgeCatalogGrain
{
    private string CommunityId => this.Key().CommunityId;

    async Task<BadgeView> IBadgeCatalogGrain.Define(Actor actor, string id, string name, string description)
    {
        RequireModeratorHere(actor);
        await communities.Existing(CommunityId);
        var badge = BadgeRules.Define(id, name, description);
        if (BadgeRules.IsAutomatic(badge.Id))
        {
            throw DomainException.Conflict($"'{badge.Id}' is an automatic badge.");
        }

        var existing = state.State.Defined.Find(b => string.Equals(b.Id, badge.Id, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return existing.Name == badge.Name && existing.Description == badge.Description
                ? View(existing)
                : throw DomainException.Conflict($"Badge '{existing.Id}' is already defined differently.");
        }

        if (state.State.Defined.Count >= BadgeRules.MaxDefined)
        {
            throw DomainException.BadInput($"A community can define at most {BadgeRules.MaxDefined} badges.");
        }

        var stored = new StoredBadge(badge.Id, badge.Name, badge.Description);
        state.State.Defined.Add(stored);
        await state.WriteStateAsync();
        return View(stored);
    }

    async Task<IReadOnlyList<BadgeView>> IBadgeCatalogGrain.All()
    {
        var language = await Language();
        return AutomaticBadges.In(language).Select(BadgeView.From).Concat(state.State.Defined.Select(View)).ToList();
    }

    async Task<BadgeView?> IBadgeCatalogGrain.Find(string badgeId) => Find(badgeId, await Language());

    async Task<MemberView> IBadgeCatalogGrain.Award(Actor actor, string memberId, string badgeId, string reason)
    {
        RequireModeratorHere(actor);
        var validReason = InputLimits.Title(reason, "input.reason");
        var badge = Find(badgeId, await Language()) ?? throw DomainException.NotFound($"There is no badge '{badgeId}'.");
        if (badge.Automatic)
        {
            throw DomainException.BadInput($"'{badge.Id}' is awarded automatically and cannot be awarded by hand.");
        }

        var member = GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId));
        await member.GrantBadge(new BadgeGrant("badge:" + badge.Id, badge.Id, validReason, actor.MemberId));
        return await member.GetJoined();
    }

    /// <summary>Automatic badges in the community's language of the moment (see <see cref="AutomaticBadges"/>).</summary>
    private BadgeView? Find(string badgeId, string language)
    {
        if (AutomaticBadges.Find(badgeId, language) is { } automatic)
        {
            return BadgeView.From(automatic);
        }

        var defined = state.State.Defined.Find(b => b.Id == badgeId);
        return defined is null ? null : View(defined);
    }

    private async Task<string> Language() => (await communities.Existing(CommunityId)).Language;

    private void RequireModeratorHere(Actor actor)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);
    }

    private static BadgeView View(StoredBadge badge) => new(badge.Id, badge.Name, badge.Description, false);
}
