using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>Turns "the week of" into the Monday-first week of the community's calendar and hands it to that week's award grain.</summary>
[StatelessWorker]
public sealed class BestStudyGroupBoardGrain(TimeProvider time, CommunityViews communities) : Grain, IBestStudyGroupBoardGrain
{
    private string CommunityId => this.Key().CommunityId;

    async Task<StudyGroupAwardView?> IBestStudyGroupBoardGrain.BestOfWeek(DateOnly? weekOf)
    {
        var (week, _) = await Week(weekOf);
        return await AwardOf(week).Get();
    }

    async Task<StudyGroupAwardView> IBestStudyGroupBoardGrain.Award(Actor actor, DateOnly? weekOf)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);
        var (week, today) = await Week(weekOf);
        if (!week.HasEnded(today))
        {
            throw DomainException.BadInput($"weekOf: the week of {CommunityCalendar.FormatDate(week.Monday)} has not ended yet in the community's time zone.");
        }

        return await AwardOf(week).Award(actor);
    }

    private async Task<(StudyWeek Week, DateOnly Today)> Week(DateOnly? weekOf)
    {
        var today = CommunityCalendar.For((await communities.Existing(CommunityId)).TimeZone).DateOf(time.GetUtcNow());
        return (weekOf is { } day ? StudyWeek.Containing(day) : StudyWeek.LastFull(today), today);
    }

    private IBestStudyGroupAwardGrain AwardOf(StudyWeek week) =>
        GrainFactory.Reference<IBestStudyGroupAwardGrain>(StudyGroupWeek.Award(CommunityId, week.Monday));
}
