using CommunityGrains.Gateway;
using CommunityGrains.Grains;
using CommunityGrains.Host.Health;
using CommunityGrains.Host.Storage;
using Orleans.Dashboard;

namespace CommunityGrains.Host;

/// <summary>One process: an Orleans silo and the GraphQL gateway beside it.</summary>
public static class ServiceHost
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static async Task<int> Run(string[] args)
    {
        var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var storage = StorageOptions.From(builder.Configuration);
        var auth = SigningKeys.Resolve(builder.Configuration, storage);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.UseOrleans(silo =>
        {
            silo.UseCommunityStorage(builder.Configuration, storage);
            silo.AddCommunityGrains();
            silo.AddDashboard();
        });
        builder.Services.AddCommunityGateway(builder.Configuration, auth);
        builder.Services.AddCommunityHealthChecks(storage, builder.Configuration);

        var app = builder.Build();
        app.MapCommunityGraphQL();
        app.MapCommunityHealth();
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        return app;
    }
}
