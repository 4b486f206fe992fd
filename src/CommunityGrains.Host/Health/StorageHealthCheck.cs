using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityGrains.Host.Health;

public sealed class StorageHealthCheck(StorageProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await probe.Reachable(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Storage is unreachable.");
        }
    }
}
