using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Trends;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Trends;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Trends;

/// <summary>Stateless: a period costs one read per day bucket shard (16 a day), never a scan of members or items.</summary>
[StatelessWorker]
public sealed class TrendsGrain(TimeProvider time, CommunityViews communities) : Grain, ITrendsGrain
{
    async Task<IReadOnlyList<DayActivityView>> ITrendsGrain.Days(Actor actor, DateOnly? from, DateOnly? to)
    {
        var communityId = this.Key().CommunityId;
        actor.Require(Role.Moderator);
        actor.RequireIn(communityId);
        var community = await communities.Existing(communityId);
        var days = TrendPeriod.Days(from, to, CommunityCalendar.For(community.TimeZone).DateOf(time.GetUtcNow()));
        return await Task.WhenAll(days.Select(day => Day(communityId, day)));
    }

    private async Task<DayActivityView> Day(string communityId, DateOnly day)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, (int)IActivityDayShardGrain.Shards)
            .Select(shard => GrainFactory.Reference<IActivityDayShardGrain>(ShardKey(communityId, day, (uint)shard)).Read()));
        var members = shards.SelectMany(s => s.Members).ToList();
        return new DayActivityView
        {
            Day = day,
            ActiveMembers = members.Count,
            NewMembers = members.Count(m => m.Joined),
            CheckIns = members.Sum(m => m.CheckIns),
            Votes = members.Sum(m => m.Votes),
            FeedbackSubmitted = members.Sum(m => m.FeedbackSubmitted),
            FeedbackResolved = shards.Sum(s => s.FeedbackResolved),
            HelpsCompleted = members.Sum(m => m.HelpsCompleted),
            Comments = shards.Sum(s => s.Comments),
            PointsEarned = members.Sum(m => m.PointsEarned),
        };
    }

    /// <summary>The bucket that records an item (a resolution, a comment) of <paramref name="day"/>: the shard of its id.</summary>
    public static IActivityDayShardGrain ItemBucket(IGrainFactory grains, string communityId, DateOnly day, string itemId) =>
        grains.Reference<IActivityDayShardGrain>(ShardKey(communityId, day, ShardHash.Of(itemId) % IActivityDayShardGrain.Shards));

    public static string ShardKey(string communityId, DateOnly day, uint shard) =>
        GrainKeys.Of(communityId, "activity", CommunityCalendar.FormatDate(day) + GrainKeys.Separator + shard.ToString(CultureInfo.InvariantCulture));
}
