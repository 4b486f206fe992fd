using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Trends;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Trends;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Trends;

/// <summary>Stateless: a period costs one read per day (its totals), never a scan of members or items.</summary>
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
        var totals = await GrainFactory.Reference<IActivityDayGrain>(DayKey(communityId, day)).Totals();
        return new DayActivityView
        {
            Day = day,
            ActiveMembers = totals.ActiveMembers,
            NewMembers = totals.NewMembers,
            CheckIns = totals.CheckIns,
            Votes = totals.Votes,
            FeedbackSubmitted = totals.FeedbackSubmitted,
            FeedbackResolved = totals.FeedbackResolved,
            HelpsCompleted = totals.HelpsCompleted,
            Comments = totals.Comments,
            PointsEarned = (int)Math.Min(int.MaxValue, totals.PointsEarned),
        };
    }

    public static string DayKey(string communityId, DateOnly day) => GrainKeys.Of(communityId, "activity", CommunityCalendar.FormatDate(day));

    /// <summary>The bucket that records a member's day, or an item (a resolution, a comment) of <paramref name="day"/>: the shard of its id.</summary>
    public static IActivityDayShardGrain Bucket(IGrainFactory grains, string communityId, DateOnly day, string itemId) =>
        grains.Reference<IActivityDayShardGrain>(ShardKey(communityId, day, ShardHash.Of(itemId) % IActivityDayShardGrain.Shards));

    private static string ShardKey(string communityId, DateOnly day, uint shard) =>
        DayKey(communityId, day) + GrainKeys.Separator + shard.ToString(CultureInfo.InvariantCulture);
}
