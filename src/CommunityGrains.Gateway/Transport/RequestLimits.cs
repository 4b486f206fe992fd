using System.Threading.RateLimiting;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Gateway.Transport;

/// <summary>Configuration section <c>Limits</c>.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    public int MemberMutationsPerSecond { get; set; } = 20;

    public int AnonymousRequestsPerSecond { get; set; } = 10;

    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}

/// <summary>
/// Token buckets from System.Threading.RateLimiting (the library behind ASP.NET Core rate limiting): one per member
/// for mutations, one per client address for requests without a valid token. Bursts of twice the rate are allowed.
/// The limits are applied in the GraphQL endpoint because only it knows an operation is a mutation.
/// </summary>
public sealed class RequestLimits(LimitsOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _members = Buckets(options.MemberMutationsPerSecond);
    private readonly PartitionedRateLimiter<string> _anonymous = Buckets(options.AnonymousRequestsPerSecond);

    public long MaxRequestBodyBytes => options.MaxRequestBodyBytes;

    public bool AllowMutation(Actor actor)
    {
        using var lease = _members.AttemptAcquire(actor.CommunityId + GrainKeys.Separator + actor.MemberId);
        return lease.IsAcquired;
    }

    public bool AllowAnonymous(string clientAddress)
    {
        using var lease = _anonymous.AttemptAcquire(clientAddress);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _members.Dispose();
        _anonymous.Dispose();
    }

    private static PartitionedRateLimiter<string> Buckets(int perSecond) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perSecond * 2),
            TokensPerPeriod = Math.Max(1, perSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
