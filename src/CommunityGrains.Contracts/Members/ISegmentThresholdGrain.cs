namespace CommunityGrains.Contracts.Members;

/// <summary>
/// Key: community. The lifetime points of the community's top 5 %, computed from the roster shards and kept for a
/// minute per activation, so reading a member's segment costs a local call, not a scan of every shard.
/// </summary>
public interface ISegmentThresholdGrain : IGrainWithStringKey
{
    /// <summary>Null while no one has earned anything.</summary>
    Task<int?> ExpertThreshold();
}
