using CommunityGrains.Contracts.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityGrains.Host.Tests.Infrastructure;

/// <summary>
/// <see cref="ServiceHost"/> built and started inside the test process, for tests that need the silo's services
/// (such as the configured grain storage) rather than its HTTP face.
/// </summary>
public sealed class InProcessHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessHost(WebApplication app)
    {
        _app = app;
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>Where the web server listens: it binds port 0, so the address is read back once started.</summary>
    public Uri BaseAddress => new(_app.Urls.Single());

    /// <summary>The grain storage every grain uses, as the host configured it.</summary>
    public IGrainStorage GrainStorage => Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    public static async Task<InProcessHost> Start(params string[] configuration)
    {
        var app = ServiceHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Orleans:SiloPort={FreePort.Next()}",
            $"--Orleans:GatewayPort={FreePort.Next()}",
            .. configuration,
        ]);
        await app.StartAsync();
        return new InProcessHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
