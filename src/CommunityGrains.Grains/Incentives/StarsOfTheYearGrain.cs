using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Incentives;

public sealed class StarsOfTheYearGrain(
    [PersistentState("stars-year", StorageNames.Default)] IPersistentState<StarsOfTheYearState> state,
    TimeProvider time,
    CommunityViews communities) : Grain, IStarsOfTheYearGrain
{
    private string CommunityId => this.Key().CommunityId;
    private string YearText => this.Key().Part;
    private int Year => int.Parse(YearText, CultureInfo.InvariantCulture);

    async Task<StarAwardView> IStarsOfTheYearGrain.Select(Actor actor, StarCategory category, string? memberId)
    {
        actor.Require(Role.Admin);
        actor.RequireIn(CommunityId);
        var community = await communities.Existing(CommunityId);
        StarRules.RequireYearEnded(Year, CommunityCalendar.For(community.TimeZone), time.GetUtcNow());
        if (state.State.Stars.TryGetValue(category, out var existing))
        {
            if (memberId is not null && memberId != existing.MemberId)
            {
                throw DomainException.Conflict($"The {IncentiveKeys.CategoryName(category)} star of {YearText} has already been chosen.");
            }

            return await WithEffects(category, existing);
        }

        var board = GrainFactory.Reference<IAnnualBoardGrain>(CommunityId);
        var chosen = memberId
            ?? (await board.Top(category, Year, 1)).FirstOrDefault()?.MemberId
            ?? throw DomainException.BadInput($"No one scored in {IncentiveKeys.CategoryName(category)} in {YearText}; name the member.");
        await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, chosen)).GetJoined();
        var score = await board.ScoreOf(category, Year, chosen) ?? 0;

        var star = new StoredStar(chosen, score, Citation: null, actor.MemberId, time.GetUtcNow(), EffectsSent: false);
        state.State.Stars[category] = star;
        await state.WriteStateAsync();
        return await WithEffects(category, star);
    }

    /// <summary>The choice is durable first; the badge follows under one key, so re-sending it is harmless.</summary>
    private async Task<StarAwardView> WithEffects(StarCategory category, StoredStar star)
    {
        if (!star.EffectsSent)
        {
            var key = $"star-year:{IncentiveKeys.CategoryName(category)}:{YearText}";
            var reason = SystemText.Of(SystemTextKind.StarOfTheYear, YearText, IncentiveKeys.CategoryName(category));
            await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, star.MemberId))
                .GrantBadge(new BadgeGrant(key, AutomaticBadges.StarOfTheYear, reason, AwardedBy: null));
            star = star with { EffectsSent = true };
            state.State.Stars[category] = star;
            await state.WriteStateAsync();
        }

        return new StarAwardView
        {
            Month = YearText,
            Category = category,
            MemberId = star.MemberId,
            Score = star.Score,
            Citation = star.Citation,
            SelectedBy = star.SelectedBy,
            SelectedAt = star.SelectedAt,
        };
    }
}
