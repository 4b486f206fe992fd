using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Discussion;

namespace CommunityGrains.Contracts.Discussion;

/// <summary>
/// One proposal, feedback item, study group, help request or event: what a thread is under and what members follow.
/// Followers are spread over <see cref="FollowerShards"/> grains so no write grows with them.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SubjectRef
{
    public const int FollowerShards = 32;

    [Id(0)] public required ThreadSubject Subject { get; init; }
    [Id(1)] public required string SubjectId { get; init; }

    /// <summary>The own-id part of grain keys about this subject, e.g. <c>Proposal:p1</c>.</summary>
    public string Name => $"{Subject}:{SubjectId}";

    public string ThreadKey(string communityId) => GrainKeys.Of(communityId, Name);

    public string FollowerShardKey(string communityId, int shard) =>
        GrainKeys.Of(communityId, Name, "f" + shard.ToString(CultureInfo.InvariantCulture));

    public int FollowerShardOf(string memberId) => (int)(ShardHash.Of(memberId) % FollowerShards);

    public static SubjectRef Of(ThreadSubject subject, string subjectId) => new() { Subject = subject, SubjectId = subjectId };
}
