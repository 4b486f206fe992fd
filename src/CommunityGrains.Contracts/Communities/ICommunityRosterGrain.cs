namespace CommunityGrains.Contracts.Communities;

/// <summary>
/// Key: community/roster/shard. Every member with their lifetime points, split over a fixed number of shards
/// so one write stays small. Tier counts are computed from lifetime points against the current tier table,
/// so they stay exact when the table changes. Reports are set, not added, so a repeated report is harmless.
/// </summary>
public interface ICommunityRosterGrain : IGrainWithStringKey
{
    public const int Shards = 64;

    Task Report(string memberId, int lifetimePoints);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<int>> LifetimePoints();
}
