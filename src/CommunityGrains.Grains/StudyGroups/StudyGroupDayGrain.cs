using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// The archive of one group's past day: its group holds a day's check-ins until the day is over, then hands
/// them here. It calls no grain, so the group grain may await it without reentrancy.
/// </summary>
public sealed class StudyGroupDayGrain(
    [PersistentState("studyGroupDay", StorageNames.Default)] IPersistentState<StudyGroupDayState> state) : Grain, IStudyGroupDayGrain
{
    private StudyGroupDayState S => state.State;
    private string GroupId => this.Key().OwnId;
    private DateOnly Date => CommunityCalendar.ParseDate(this.Key().Part, "date");

    async Task IStudyGroupDayGrain.Archive(IReadOnlyList<CheckInView> checkIns)
    {
        // The group's copy is the newer one for every check-in it holds.
        foreach (var checkIn in checkIns)
        {
            S.CheckIns[checkIn.MemberId] = StudyDay.Stored(checkIn);
        }

        await state.WriteStateAsync();
    }

    async Task<CheckInView> IStudyGroupDayGrain.Review(string authorId, PeerReviewView review)
    {
        StudyDay.AddReview(StudyDay.Find(S, Date, authorId), review);
        await state.WriteStateAsync();
        return StudyDay.View(S, GroupId, Date, authorId);
    }

    async Task<CheckInView> IStudyGroupDayGrain.Highlight(string authorId)
    {
        var checkIn = StudyDay.Find(S, Date, authorId);
        if (!checkIn.Highlighted)
        {
            checkIn.Highlighted = true;
            await state.WriteStateAsync();
        }

        return StudyDay.View(S, GroupId, Date, authorId);
    }

    Task<IReadOnlyList<CheckInView>> IStudyGroupDayGrain.CheckIns() => Task.FromResult(StudyDay.All(S, GroupId, Date));

    Task<StudyDaySummary> IStudyGroupDayGrain.Summary() => Task.FromResult(StudyDay.Summary(S, GroupId, Date));
}
