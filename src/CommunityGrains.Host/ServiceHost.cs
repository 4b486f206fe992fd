using CommunityGrains.Gateway;
using CommunityGrains.Gateway.Transport;
using CommunityGrains.Grains;
using CommunityGrains.Host.Health;
using CommunityGrains.Host.Observability;
using CommunityGrains.Host.Storage;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace CommunityGrains.Host;

/// <summary>One process: an Orleans silo and the GraphQL gateway beside it.</summary>
public static class ServiceHost
{
    public static async Task<int> Run(string[] args)
    {
        var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddCommunityTelemetry();
        var storage = StorageOptions.From(builder.Configuration);
        var auth = SigningKeys.Resolve(builder.Configuration, storage);

        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        var dashboardEnabled = builder.Configuration.GetValue("Dashboard:Enabled", builder.Environment.IsDevelopment());
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.UseOrleans(silo =>
        {
            silo.UseCommunityStorage(builder.Configuration, storage);
            silo.AddCommunityGrains();
            silo.AddActivityPropagation();
            if (dashboardEnabled)
            {
                silo.AddDashboard();
            }
        });
        builder.Services.AddCommunityGateway(builder.Configuration, auth);
        builder.Services.AddCommunityHealthChecks(storage, builder.Configuration);

        var app = builder.Build();
        app.UseCommunityEdge();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapCommunityGraphQL();
        app.MapCommunityHealth();
        if (dashboardEnabled)
        {
            app.MapOrleansDashboard(routePrefix: "/dashboard");
        }

        return app;
    }
}
