using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Communities;

/// <summary>Key: the community id. Read-mostly configuration that other grains consult.</summary>
public interface ICommunityGrain : IGrainWithStringKey
{
    Task<CommunityView> Create(Actor actor, string name, string timeZone);

    Task<CommunityView> Configure(Actor actor, ConfigureCommunity change);

    Task<IReadOnlyList<TierView>> SetTiers(Actor actor, IReadOnlyList<TierInput> tiers);

    /// <summary>Null until the community has been created.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<CommunityView?> Get();

    /// <summary>Like <see cref="Get"/> but refuses with NOT_FOUND when the community does not exist.</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<CommunityView> GetExisting();

    /// <summary>
    /// Like <see cref="GetExisting"/>, for a silo's cache that keeps the view for a short lease: a change to the
    /// community is acknowledged only after the leases given out before it ran out.
    /// </summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<CommunityView> Lease();

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<CommunityStatsView> Stats();
}
