using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>Stateless: it only knows which day "today" is in the community and that the roster shards count each member's check-ins of that day.</summary>
[StatelessWorker]
public sealed class CheckInStatsGrain(TimeProvider time, CommunityViews communities) : Grain, ICheckInStatsGrain
{
    async Task<int> ICheckInStatsGrain.CheckInsToday()
    {
        var communityId = this.Key().CommunityId;
        var community = await communities.Existing(communityId);
        var today = CommunityCalendar.For(community.TimeZone).DateOf(time.GetUtcNow());
        return await Roster.CheckInsOn(GrainFactory, communityId, today);
    }
}
