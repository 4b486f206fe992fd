namespace CommunityGrains.Contracts.Members;

/// <summary>
/// Key: community/segments. The lifetime points of the community's top 5 %, computed from the roster shards and kept
/// for a minute, so reading a member's segment costs one small call, not a scan of every shard.
/// </summary>
public interface ISegmentThresholdGrain : IGrainWithStringKey
{
    /// <summary>Null while no one has earned anything.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<int?> ExpertThreshold();
}
