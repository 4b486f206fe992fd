using CommunityGrains.Contracts.Trends;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>This member's counts of the latest community day they were active on, for the community's trends.</summary>
    [Id(42)] public MemberDay? ActivityDay { get; set; }

    /// <summary>Set in the write that changed <see cref="ActivityDay"/>, cleared once its day bucket acknowledged it.</summary>
    [Id(43)] public bool ActivityPending { get; set; }
}
