using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// One group's day. It calls only the day's counter, never its group, so the group grain may await it
/// without reentrancy.
/// </summary>
public sealed class StudyGroupDayGrain(
    [PersistentState("studyGroupDay", StorageNames.Default)] IPersistentState<StudyGroupDayState> state) : Grain, IStudyGroupDayGrain
{
    private StudyGroupDayState S => state.State;
    private string[] KeyParts => GrainKeys.Parts(this.GetPrimaryKeyString());
    private string CommunityId => KeyParts[0];
    private string GroupId => KeyParts[1];
    private DateOnly Date => CommunityCalendar.ParseDate(KeyParts[2], "date");

    async Task<CheckInView> IStudyGroupDayGrain.RecordCheckIn(string memberId, DateTimeOffset at, string? note)
    {
        if (S.CheckIns.TryGetValue(memberId, out var existing))
        {
            if (note is not null && note != existing.Note)
            {
                existing.Note = note;
                await state.WriteStateAsync();
            }
        }
        else
        {
            S.CheckIns[memberId] = new StoredCheckIn { At = at, Note = note };
            await state.WriteStateAsync();
        }

        // Also on a repeat: a crash after our write must not leave the day uncounted.
        await GrainFactory.Reference<ICheckInCounterGrain>(CheckInCounterKey.Of(CommunityId, Date)).Report(GroupId, S.CheckIns.Count);
        return View(memberId);
    }

    async Task<CheckInView> IStudyGroupDayGrain.Review(string authorId, PeerReviewView review)
    {
        var checkIn = Find(authorId);
        var index = checkIn.Reviews.FindIndex(r => r.ReviewerId == review.ReviewerId);
        if (index >= 0)
        {
            checkIn.Reviews[index] = review;
        }
        else
        {
            checkIn.Reviews.Add(review);
        }

        await state.WriteStateAsync();
        return View(authorId);
    }

    async Task<CheckInView> IStudyGroupDayGrain.Highlight(string authorId)
    {
        var checkIn = Find(authorId);
        if (!checkIn.Highlighted)
        {
            checkIn.Highlighted = true;
            await state.WriteStateAsync();
        }

        return View(authorId);
    }

    Task<IReadOnlyList<CheckInView>> IStudyGroupDayGrain.CheckIns() =>
        Task.FromResult<IReadOnlyList<CheckInView>>(S.CheckIns.OrderBy(c => c.Value.At).Select(c => View(c.Key)).ToList());

    Task<StudyDaySummary> IStudyGroupDayGrain.Summary()
    {
        var reviewsGiven = S.CheckIns.Values
            .SelectMany(c => c.Reviews)
            .GroupBy(r => r.ReviewerId)
            .ToDictionary(g => g.Key, g => g.Count());
        var highlighted = S.CheckIns.Where(c => c.Value.Highlighted).OrderBy(c => c.Value.At).Select(c => View(c.Key)).ToList();
        return Task.FromResult(new StudyDaySummary(S.CheckIns.Keys.ToList(), reviewsGiven, highlighted));
    }

    private StoredCheckIn Find(string authorId) =>
        S.CheckIns.GetValueOrDefault(authorId)
        ?? throw DomainException.NotFound($"Check-in '{CheckInId.Of(Date, authorId)}' does not exist.");

    private CheckInView View(string memberId)
    {
        var checkIn = S.CheckIns[memberId];
        return new CheckInView(CheckInId.Of(Date, memberId), GroupId, memberId, Date, checkIn.At, checkIn.Note, checkIn.Highlighted, checkIn.Reviews.ToList());
    }
}
