using CommunityGrains.Host.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityGrains.Host.Health;

public static class HealthSetup
{
    private const string Ready = "ready";

    public static IServiceCollection AddCommunityHealthChecks(this IServiceCollection services, StorageOptions storage, IConfiguration configuration)
    {
        services.AddSingleton(new StorageProbe(storage, configuration));
        services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo", tags: [Ready])
            .AddCheck<StorageHealthCheck>("storage", tags: [Ready]);
        return services;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/healthz/ready</c>: the silo is active and storage answers.</summary>
    public static void MapCommunityHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
    }
}
