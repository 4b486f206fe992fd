using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Grains.Members;

/// <summary>What the community roster last acknowledged; the [Id]s keep the ranges of the capabilities that added them.</summary>
public sealed partial class MemberState
{
    /// <summary>
    /// The lifetime points the community roster last acknowledged. A cache stored with the next write: when it
    /// lags after a crash, the only cost is one repeated report (of a total, so harmless).
    /// </summary>
    [Id(13)] public int? ReportedLifetime { get; set; }

    /// <summary>What the roster last acknowledged of <see cref="CheckIns"/>: a cache, as <see cref="ReportedLifetime"/>.</summary>
    [Id(53)] public DayCheckIns? ReportedCheckIns { get; set; }
}
