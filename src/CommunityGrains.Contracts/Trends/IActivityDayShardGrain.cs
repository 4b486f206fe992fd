namespace CommunityGrains.Contracts.Trends;

/// <summary>
/// Key: community/activity/yyyy-MM-dd/shard, 256 shards: the day bucket of the community's trends. Each member reports
/// its own absolute counts of the day (taken from awards, which apply once per cause) to the shard of its id; a feedback
/// item resolved and a comment posted that day are recorded by id in the shard of their id. Both are set, not added, so
/// a repeated report changes nothing, and one write holds at most the shard's part of that day's activity (about 400
/// members at 100,000 active). The shard's sums go to the day's <see cref="IActivityDayGrain"/>, which reads answer.
/// </summary>
public interface IActivityDayShardGrain : IGrainWithStringKey
{
    public const uint Shards = 256;

    Task Record(MemberDay day);

    /// <summary>The item was resolved on this community day.</summary>
    Task FeedbackResolved(string feedbackId);

    /// <summary>The comment was posted on this community day.</summary>
    Task CommentPosted(string commentId);
}
