using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/group/yyyy-MM-dd. One day's check-ins, reviews and highlights, so one write stays small
/// however long a group lives. Called only by its group grain, which has already checked who may act.
/// </summary>
public interface IStudyGroupDayGrain : IGrainWithStringKey
{
    /// <summary>Creates the member's check-in of the day or updates its note.</summary>
    Task<CheckInView> RecordCheckIn(string memberId, DateTimeOffset at, string? note);

    /// <summary>Adds the reviewer's review, or replaces their earlier one.</summary>
    Task<CheckInView> Review(string authorId, PeerReviewView review);

    Task<CheckInView> Highlight(string authorId);

    [ReadOnly]
    Task<IReadOnlyList<CheckInView>> CheckIns();

    [ReadOnly]
    Task<StudyDaySummary> Summary();
}
