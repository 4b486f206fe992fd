using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CommunityGrains.Grains.Tests.Infrastructure;

/// <summary>One in-process Orleans cluster per test collection, on memory storage with a database's write latency, with a clock the tests move.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

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

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
