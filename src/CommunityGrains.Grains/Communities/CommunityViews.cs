using System.Collections.Concurrent;
using System.Diagnostics;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Grains.Communities;

/// <summary>
/// Each silo's copy of the community views its grains read on nearly every call (time zone, point rules, tiers), so
/// the community grain is not one activation that every member, group and proposal of the community waits on, and
/// most of them across the network. A copy is kept for <see cref="Lease"/> at most, counted from before it was asked
/// for; the community grain acknowledges a change only once every lease taken before it has run out, so whoever acts
/// after a change was acknowledged sees it on every silo.
/// </summary>
public sealed class CommunityViews(IGrainFactory grains)
{
    /// <summary>Long enough that a busy community is asked a few times a second per silo; short enough that a change waits little.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMilliseconds(250);

    /// <summary><see cref="Lease"/> in <see cref="Stopwatch"/> timestamp units.</summary>
    internal static readonly long LeaseTimestampTicks = (long)(Lease.TotalSeconds * Stopwatch.Frequency);

    private readonly ConcurrentDictionary<string, (CommunityView View, long ExpiresAt)> _views = new();

    /// <summary>The community's view; NOT_FOUND, as from the grain, when it does not exist (absence is never kept).</summary>
    public async ValueTask<CommunityView> Existing(string communityId)
    {
        // Leases run on this machine's monotonic clock: they bound how long a copy lives in real time, which a
        // test's moved TimeProvider must not stretch.
        var askedAt = Stopwatch.GetTimestamp();
        if (_views.TryGetValue(communityId, out var kept) && askedAt < kept.ExpiresAt)
        {
            return kept.View;
        }

        var view = await grains.Reference<ICommunityGrain>(communityId).Lease();
        _views[communityId] = (view, askedAt + LeaseTimestampTicks);
        return view;
    }
}
