using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Grains.Common;

public static class GrainKeyExtensions
{
    /// <summary>The grain's own key read back: <c>this.Key().CommunityId</c>, <c>.OwnId</c>, <c>.Part</c>.</summary>
    public static GrainKey Key(this IAddressable grain) => GrainKey.Parse(grain.GetPrimaryKeyString());
}
