namespace CommunityGrains.Contracts.Common;

/// <summary>
/// FNV-1a over the UTF-16 code units. string.GetHashCode is randomised per process, and every host must
/// pick the same shard for the same id.
/// </summary>
public static class ShardHash
{
    public static uint Of(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
