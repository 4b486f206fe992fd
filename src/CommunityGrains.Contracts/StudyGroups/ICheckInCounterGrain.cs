using Orleans.Concurrency;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/checkins/yyyy-MM-dd/shard. Where groups counted their check-ins of a day before members counted
/// their own (with the roster report, see <c>DailyCheckIns</c>). Only read now: a day that began under the old
/// counting keeps its check-ins from before the upgrade.
/// </summary>
public interface ICheckInCounterGrain : IGrainWithStringKey
{
    [ReadOnly, AlwaysInterleave]
    Task<int> Total();
}
