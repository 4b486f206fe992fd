using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>Awards waiting for the end of their day (anonymous feedback), oldest first.</summary>
    [Id(220)] public List<HeldAward> HeldAwards { get; set; } = [];
}
