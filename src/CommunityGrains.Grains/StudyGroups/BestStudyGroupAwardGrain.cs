using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// The best group of one week: found by merging the best of each week shard (never by reading the groups), stored
/// with its recipients before any badge goes out, then granted under one key per week.
/// </summary>
public sealed class BestStudyGroupAwardGrain(
    [PersistentState("bestStudyGroup", StorageNames.Default)] IPersistentState<BestStudyGroupAwardState> state,
    TimeProvider time) : Grain, IBestStudyGroupAwardGrain
{
    private BestStudyGroupAwardState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string Week => this.Key().Part;
    private DateOnly Monday => DateOnly.ParseExact(Week, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    async Task<StudyGroupAwardView?> IBestStudyGroupAwardGrain.Get()
    {
        if (S.Award is { } award)
        {
            return View(award);
        }

        var leader = await Leader();
        return leader is null ? null : new StudyGroupAwardView(leader.GroupId, Monday, leader.CheckInRate, leader.CheckIns, leader.Members, leader.Reviews, Awarded: false);
    }

    async Task<StudyGroupAwardView> IBestStudyGroupAwardGrain.Award(Actor actor)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);
        if (S.Award is null)
        {
            var leader = await Leader()
                ?? throw DomainException.NotFound($"weekOf: no study group checked in during the week of {Week}.");
            var group = await GrainFactory.Reference<IStudyGroupGrain>(GrainKeys.Of(CommunityId, leader.GroupId)).Get()
                ?? throw DomainException.NotFound($"Study group '{leader.GroupId}' does not exist.");
            S.Award = new StoredGroupAward(
                leader.GroupId, group.Name, leader.CheckIns, leader.Members, leader.Reviews, leader.ReachedAt, time.GetUtcNow(), actor.MemberId, group.MemberIds);
            await state.WriteStateAsync();
        }

        await GrantBadges(S.Award);
        return View(S.Award);
    }

    private async Task GrantBadges(StoredGroupAward award)
    {
        if (S.BadgesGranted)
        {
            return;
        }

        var week = Week;
        var grant = new BadgeGrant($"best-group:{week}", AutomaticBadges.BestGroup, SystemText.Of(SystemTextKind.BestGroup, award.GroupName, week), null);
        foreach (var memberId in award.Recipients)
        {
            try
            {
                await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId)).GrantBadge(grant);
            }
            catch (DomainException gone) when (gone.Code == ErrorCodes.NotFound)
            {
                // Left the community since: there is no record to hold the badge, and the others must still get theirs.
            }
        }

        S.BadgesGranted = true;
        await state.WriteStateAsync();
    }

    /// <summary>Each shard answers with its best, so the merge reads 32 small answers whatever the number of groups.</summary>
    private async Task<GroupWeekStanding?> Leader()
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, StudyGroupWeek.Shards)
            .Select(i => GrainFactory.Reference<IStudyGroupWeekShardGrain>(StudyGroupWeek.Shard(CommunityId, Monday, i)).Best()));
        return shards.OfType<GroupWeekScore>().Select(s => s.Standing).Aggregate((GroupWeekStanding?)null, GroupWeekStanding.Best);
    }

    private StudyGroupAwardView View(StoredGroupAward award)
    {
        var standing = new GroupWeekStanding(award.GroupId, award.CheckIns, award.Members, award.Reviews, award.ReachedAt);
        return new StudyGroupAwardView(award.GroupId, Monday, standing.CheckInRate, award.CheckIns, award.Members, award.Reviews, Awarded: true);
    }
}
