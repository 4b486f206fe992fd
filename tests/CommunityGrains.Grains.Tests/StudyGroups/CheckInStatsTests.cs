using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Grains.StudyGroups;
using CommunityGrains.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CommunityGrains.Grains.Tests.StudyGroups;

[Collection(ClusterCollection.Name)]
public sealed class CheckInStatsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_day_that_began_under_the_group_counters_keeps_their_check_ins()
    {
        var community = await fixture.NewCommunity();
        var today = CommunityCalendar.For("Europe/Paris").DateOf(ClusterFixture.Time.GetUtcNow());
        var legacyCounter = fixture.Grains.GetGrain<ICheckInCounterGrain>(CheckInCounterKey.AllOf(community, today).First());
        await Storage.WriteStateAsync("checkInCounter", legacyCounter.GetGrainId(), new GrainState<CheckInCounterState>(new CheckInCounterState
        {
            ByGroup = { ["counted-before"] = 3 },
        }));

        var ann = new Actor(community, "ann", Role.Member);
        await fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, "ann")).Join(ann, new JoinCommunity("Ann", null, null));
        var group = fixture.Grains.GetGrain<IStudyGroupGrain>(GrainKeys.Of(community, "g"));
        await group.Create(ann, new CreateStudyGroup("Group", "Goal", null, null));
        await group.CheckIn(ann, "counted by ann");

        Assert.Equal(4, await fixture.Grains.GetGrain<ICheckInStatsGrain>(community).CheckInsToday());
    }

    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
}
