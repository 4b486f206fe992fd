using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Grains.Members;

[GenerateSerializer]
public sealed class MemberLedgerMonthState
{
    /// <summary>Ascending by sequence.</summary>
    [Id(0)] public List<PointsEntryView> Entries { get; set; } = [];
}
