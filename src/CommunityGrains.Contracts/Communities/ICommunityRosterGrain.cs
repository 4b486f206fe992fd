namespace CommunityGrains.Contracts.Communities;

/// <summary>
/// Key: community/roster/shard. Every member with their lifetime points, split over a fixed number of shards
/// so one write stays small. Tier counts are computed from lifetime points against the current tier table,
/// so they stay exact when the table changes. Reports are set, not added, so a repeated report is harmless.
/// Each member's first check-ins of the day come with the same report, for <c>stats.checkInsToday</c>.
/// </summary>
public interface ICommunityRosterGrain : IGrainWithStringKey
{
    /// <summary>
    /// A member's report rewrites their shard, so the shard's size is the cost of every award: at 100,000 members
    /// 256 shards make it ~10 KB per check-in (a quarter as many held most of a check-in's CPU in the bench profile).
    /// </summary>
    public const uint Shards = 256;

    Task Report(string memberId, int lifetimePoints, DayCheckIns? checkIns);

    /// <summary>Forgets a member who left: no longer counted in stats, tiers or the expert threshold.</summary>
    Task Remove(string memberId);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<int>> LifetimePoints();

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<int> CheckInsOn(DateOnly day);

    /// <summary>The ids of this shard's members, for notifications that reach the whole community.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<string>> Members();
}
