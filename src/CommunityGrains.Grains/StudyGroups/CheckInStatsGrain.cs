using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>Stateless: it only knows which day "today" is in the community and where its check-ins are counted.</summary>
[StatelessWorker]
public sealed class CheckInStatsGrain(TimeProvider time, CommunityViews communities) : Grain, ICheckInStatsGrain
{
    async Task<int> ICheckInStatsGrain.CheckInsToday()
    {
        var communityId = this.GetPrimaryKeyString();
        var community = await communities.Existing(communityId);
        var today = CommunityCalendar.For(community.TimeZone).DateOf(time.GetUtcNow());
        var counted = Roster.CheckInsOn(GrainFactory, communityId, community.RosterShards, today);
        var countedBeforeUpgrade = Task.WhenAll(CheckInCounterKey.AllOf(communityId, today)
            .Select(key => GrainFactory.Reference<ICheckInCounterGrain>(key).Total()));
        return await counted + (await countedBeforeUpgrade).Sum();
    }
}
