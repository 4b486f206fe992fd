using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;

namespace CommunityGrains.Grains.Feedback;

/// <summary>Which queue shard holds an item, and the keys of all of them.</summary>
internal static class FeedbackQueueShards
{
    public static string KeyOf(string communityId, string feedbackId) =>
        Key(communityId, (int)(ShardHash.Of(feedbackId) % IFeedbackQueueGrain.Shards));

    public static IEnumerable<string> All(string communityId) =>
        Enumerable.Range(0, IFeedbackQueueGrain.Shards).Select(shard => Key(communityId, shard));

    private static string Key(string communityId, int shard) =>
        GrainKeys.Of(communityId, "feedback-queue", shard.ToString(CultureInfo.InvariantCulture));
}
