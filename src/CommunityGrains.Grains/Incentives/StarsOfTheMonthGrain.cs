using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using CommunityGrains.Grains.Notifications;

namespace CommunityGrains.Grains.Incentives;

public sealed class StarsOfTheMonthGrain(
    [PersistentState("stars", StorageNames.Default)] IPersistentState<StarsOfTheMonthState> state,
    TimeProvider time,
    CommunityViews communities) : Grain, IStarsOfTheMonthGrain
{
    private string CommunityId => this.Key().CommunityId;
    private string Month => this.Key().Part;

    async Task<StarAwardView> IStarsOfTheMonthGrain.Select(Actor actor, SelectStar star)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);

        var community = await communities.Existing(CommunityId);
        StarRules.RequireEnded(Month, CommunityCalendar.For(community.TimeZone), time.GetUtcNow());
        var citation = InputLimits.Note(star.Citation, "input.citation");
        if (state.State.Stars.TryGetValue(star.Category, out var existing))
        {
            if (star.MemberId is not null && star.MemberId != existing.MemberId)
            {
                throw DomainException.Conflict($"The {IncentiveKeys.CategoryName(star.Category)} star of {Month} has already been chosen.");
            }

            return await WithEffects(star.Category, existing);
        }

        var board = GrainFactory.Reference<ILeaderboardGrain>(IncentiveKeys.Leaderboard(CommunityId, star.Category, Month));
        var memberId = star.MemberId
            ?? (await board.Top(1)).FirstOrDefault()?.MemberId
            ?? throw DomainException.BadInput($"No one scored in {IncentiveKeys.CategoryName(star.Category)} in {Month}; name the member.");
        var memberKey = GrainKeys.Of(CommunityId, memberId);
        await GrainFactory.Reference<IMemberGrain>(memberKey).GetJoined();
        var score = await board.ScoreOf(memberId)
            ?? await GrainFactory.Reference<IMemberIncentivesGrain>(memberKey).MonthlyScoreOf(Month, star.Category);

        var chosen = new StoredStar(memberId, score, citation, actor.MemberId, time.GetUtcNow(), EffectsSent: false);
        state.State.Stars[star.Category] = chosen;
        await state.WriteStateAsync();
        return await WithEffects(star.Category, chosen);
    }

    Task<IReadOnlyList<StarAwardView>> IStarsOfTheMonthGrain.All() =>
        Task.FromResult<IReadOnlyList<StarAwardView>>(state.State.Stars.OrderBy(s => s.Key).Select(s => View(s.Key, s.Value)).ToList());

    /// <summary>
    /// The choice is durable first; the badge, points, notification and webhook event follow under keys that name the
    /// category and month, so re-sending them is harmless.
    /// </summary>
    private async Task<StarAwardView> WithEffects(StarCategory category, StoredStar star)
    {
        if (!star.EffectsSent)
        {
            var key = $"star:{IncentiveKeys.CategoryName(category)}:{Month}";
            var reason = SystemText.Of(SystemTextKind.StarOfTheMonth, Month, IncentiveKeys.CategoryName(category));
            var member = GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, star.MemberId));
            await member.GrantBadge(new BadgeGrant(key, AutomaticBadges.StarOfTheMonth, reason, AwardedBy: null));
            await member.Award(new PointAward(key, PointAction.StarOfTheMonth, reason));
            foreach (var announcement in StarAnnouncements.Selected(star.MemberId, Month, category, star.SelectedAt))
            {
                await Announcer.Send(GrainFactory, CommunityId, announcement);
            }

            star = star with { EffectsSent = true };
            state.State.Stars[category] = star;
            await state.WriteStateAsync();
        }

        return View(category, star);
    }

    private StarAwardView View(StarCategory category, StoredStar star) => new()
    {
        Month = Month,
        Category = category,
        MemberId = star.MemberId,
        Score = star.Score,
        Citation = star.Citation,
        SelectedBy = star.SelectedBy,
        SelectedAt = star.SelectedAt,
    };
}
