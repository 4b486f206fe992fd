using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Notifications;

/// <summary>Key: <see cref="Discussion.SubjectRef.FollowerShardKey"/>. One shard of the members who follow a subject.</summary>
public interface IFollowersGrain : IGrainWithStringKey
{
    Task Set(string memberId, bool follow);

    [ReadOnly, AlwaysInterleave]
    Task<bool> Follows(string memberId);

    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<string>> Members();
}
