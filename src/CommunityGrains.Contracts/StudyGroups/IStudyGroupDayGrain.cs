using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/group/yyyy-MM-dd. One past day's check-ins, reviews and highlights, so the group's own write
/// stays small however long it lives: the group keeps a day until it is over, then archives it here.
/// Called only by its group grain, which has already checked who may act.
/// </summary>
public interface IStudyGroupDayGrain : IGrainWithStringKey
{
    /// <summary>Stores the group's copy of each check-in, replacing an earlier copy: archiving again is harmless.</summary>
    Task Archive(IReadOnlyList<CheckInView> checkIns);

    /// <summary>Adds the reviewer's review, or replaces their earlier one.</summary>
    Task<CheckInView> Review(string authorId, PeerReviewView review);

    Task<CheckInView> Highlight(string authorId);

    [ReadOnly]
    Task<IReadOnlyList<CheckInView>> CheckIns();

    [ReadOnly]
    Task<StudyDaySummary> Summary();
}
