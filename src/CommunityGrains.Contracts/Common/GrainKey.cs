namespace CommunityGrains.Contracts.Common;

/// <summary>
/// A grain key read back (see <see cref="GrainKeys"/>): the community it belongs to, the grain's own id, and what
/// follows (a shard, a month, a date), empty when the key has fewer parts. A key that is only a community id reads
/// as that community with an empty own id.
/// </summary>
public readonly record struct GrainKey(string CommunityId, string OwnId, string Part)
{
    public static GrainKey Parse(string key)
    {
        var parts = key.Split(GrainKeys.Separator, 3);
        return new GrainKey(parts[0], parts.Length > 1 ? parts[1] : string.Empty, parts.Length > 2 ? parts[2] : string.Empty);
    }
}
