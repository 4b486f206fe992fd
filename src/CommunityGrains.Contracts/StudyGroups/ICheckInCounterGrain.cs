using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/checkins/yyyy-MM-dd. The community's check-ins of one day, for <c>stats.checkInsToday</c>.
/// Each day grain reports its own total (a total, not an increment, so a repeated report is harmless), and
/// the counter keeps one number per active group that day: reading it is one in-memory sum.
/// </summary>
public interface ICheckInCounterGrain : IGrainWithStringKey
{
    Task Report(string groupId, int checkIns);

    [ReadOnly, AlwaysInterleave]
    Task<int> Total();
}
