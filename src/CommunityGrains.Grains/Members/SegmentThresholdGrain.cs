using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// Reading every roster shard costs 256 calls, so the threshold is kept for <see cref="Kept"/> of the community clock:
/// a segment may lag a minute behind the points that change it, never more. One activation per community, not a
/// stateless worker: copies computed at different moments would show one member two segments in turn.
/// </summary>
[Reentrant]
public sealed class SegmentThresholdGrain(TimeProvider time) : Grain, ISegmentThresholdGrain
{
    public static readonly TimeSpan Kept = TimeSpan.FromMinutes(1);

    private Task<int?>? _threshold;
    private DateTimeOffset _computedAt;

    Task<int?> ISegmentThresholdGrain.ExpertThreshold()
    {
        var now = time.GetUtcNow();
        if (_threshold is null || _threshold.IsFaulted || now - _computedAt >= Kept)
        {
            _computedAt = now;
            _threshold = Compute();
        }

        return _threshold;
    }

    private async Task<int?> Compute() =>
        SegmentRules.ExpertThreshold(await Roster.AllLifetimePoints(GrainFactory, this.Key().CommunityId));
}
