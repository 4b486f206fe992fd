using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CommunityGrains.Grains.Tests.Infrastructure;

/// <summary>One in-process Orleans cluster per test collection, on memory storage with a database's write latency, at a fixed date.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly TimeProvider Time = new FixedDate(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private int _communities;

    public TestCluster Cluster { get; } = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>A fresh community with an admin, so tests never share state.</summary>
    public async Task<string> NewCommunity(string timeZone = "Europe/Paris")
    {
        var id = $"g{Interlocked.Increment(ref _communities)}";
        await Grains.GetGrain<ICommunityGrain>(id).Create(new Actor(id, "admin", Role.Admin), "Test", timeZone);
        return id;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        private const string MemoryStorage = StorageNames.Default + ".memory";

        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorage(MemoryStorage);
            silo.Services.AddGrainStorage(StorageNames.Default, (services, _) =>
                new SlowWriteStorage(services.GetRequiredKeyedService<IGrainStorage>(MemoryStorage)));
            silo.AddMemoryGrainStorage("PubSubStore");
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.AddCommunityGrains();
        }
    }
}

/// <summary>
/// A fixed "now" for the rules, real time for timers and delays. The silo resolves TimeProvider from the same container
/// as the grains, so with a fake clock that no test moves, anything of Orleans' that waits on it (placement retries run
/// through a Polly pipeline) would wait for ever. A clean-clone CI run once hung here with no CPU used; that is the
/// likely cause, not a proven one.
/// </summary>
internal sealed class FixedDate(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
