using System.Net;
using System.Net.Sockets;
using CommunityGrains.Contracts.Common;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace CommunityGrains.Host.Storage;

/// <summary>Storage, clustering and reminders for the chosen provider; everything else about the silo is the same in every mode.</summary>
public static class SiloStorageSetup
{
    /// <summary>The AdoNet provider itself, behind the wrappers grains use (tests read through it directly).</summary>
    internal const string AdoNetStorageName = StorageNames.Default + ".adonet";

    public static ISiloBuilder UseCommunityStorage(this ISiloBuilder silo, IConfiguration configuration, StorageOptions storage)
    {
        var orleans = OrleansOptions.From(configuration);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = orleans.ClusterId;
            o.ServiceId = orleans.ServiceId;
        });

        // Unset keys keep Orleans' defaults; tests shorten failure detection (e.g. ProbeTimeout, NumMissedProbesLimit).
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection(OrleansOptions.MembershipSection));

        // State is stored with the Orleans serializer, so [Id]-numbered members keep stored state readable across versions.
        silo.Services.AddSingleton<IGrainStorageSerializer>(services =>
            new SnapshotAwareSerializer(ActivatorUtilities.CreateInstance<OrleansGrainStorageSerializer>(services)));

        switch (storage.Provider)
        {
            case StorageProvider.Memory:
                silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
                silo.AddMemoryGrainStorage(StorageNames.Default);
                silo.AddMemoryGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME);
                silo.UseInMemoryReminderService();
                break;

            case StorageProvider.Sqlite:
                SqliteSchema.Apply(storage);
                silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
                silo.Services.AddSingleton(_ => new SqliteCommitSync(storage.SqliteConnectionString));
                silo.AddWrappedAdoNetStorage((services, adoNet) => new SingleWriterGrainStorage(adoNet, services.GetRequiredService<SqliteCommitSync>()));
                silo.AddAdoNetGrainStorage(AdoNetStorageName, o =>
                {
                    o.Invariant = AdoNetInvariants.Sqlite;
                    o.ConnectionString = storage.SqliteConnectionString;
                });

                // One host only: stream subscriptions live as long as the process, like the subscribers themselves.
                silo.AddMemoryGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME);
                silo.UseInMemoryReminderService();
                break;

            case StorageProvider.Postgres:
                var connectionString = StorageOptions.PostgresConnectionString(configuration);
                silo.ConfigureEndpoints(orleans.AdvertisedAddress, orleans.SiloPort, orleans.GatewayPort, listenOnAnyHostAddress: orleans.ListenOnAnyAddress);
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = AdoNetInvariants.Postgres;
                    o.ConnectionString = connectionString;
                });
                if (storage.BatchWrites)
                {
                    silo.Services.AddSingleton(_ => new PostgresWriteBatcher(connectionString, storage.WriteBatchSize, storage.ConcurrentWriteBatches));
                    silo.AddWrappedAdoNetStorage((services, adoNet) => new BatchingPostgresGrainStorage(
                        (AdoNetGrainStorage)adoNet, services.GetRequiredService<PostgresWriteBatcher>(), orleans.ServiceId, AdoNetStorageName));
                }
                else
                {
                    silo.AddWrappedAdoNetStorage((_, adoNet) => adoNet);
                }

                silo.AddAdoNetGrainStorage(AdoNetStorageName, o =>
                {
                    o.Invariant = AdoNetInvariants.Postgres;
                    o.ConnectionString = connectionString;
                });

                // Stream subscriptions are shared by every host, so a subscriber on one hears a writer on another.
                silo.AddAdoNetGrainStorage(ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME, o =>
                {
                    o.Invariant = AdoNetInvariants.Postgres;
                    o.ConnectionString = connectionString;
                });
                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = AdoNetInvariants.Postgres;
                    o.ConnectionString = connectionString;
                });
                break;
        }

        return silo;
    }

    /// <summary>Grains use <see cref="StorageNames.Default"/>: the AdoNet provider behind the wrappers it needs here.</summary>
    private static void AddWrappedAdoNetStorage(this ISiloBuilder silo, Func<IServiceProvider, IGrainStorage, IGrainStorage> wrapForDatabase) =>
        silo.Services.AddGrainStorage(StorageNames.Default, (services, _) =>
        {
            var adoNet = services.GetRequiredKeyedService<IGrainStorage>(AdoNetStorageName);
            return new SnapshotGrainStorage(wrapForDatabase(services, adoNet), services.GetRequiredService<IGrainStorageSerializer>(), services.GetRequiredService<ILogger<SnapshotGrainStorage>>());
        });
}

/// <summary>Configuration section <c>Orleans</c>.</summary>
public sealed class OrleansOptions
{
    /// <summary>Binds onto Orleans' <see cref="ClusterMembershipOptions"/> as is.</summary>
    public const string MembershipSection = "Orleans:Membership";

    public string ClusterId { get; set; } = "dev";
    public string ServiceId { get; set; } = "community-grains";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other hosts reach this one at; loopback by default so a laptop cluster works as is. A host name
    /// (such as a container's own name in compose) is resolved once at start-up to its IPv4 address.
    /// </summary>
    public string AdvertisedIp { get; set; } = "127.0.0.1";

    public bool ListenOnAnyAddress { get; set; }

    public IPAddress AdvertisedAddress => IPAddress.TryParse(AdvertisedIp, out var address)
        ? address
        : Dns.GetHostAddresses(AdvertisedIp).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? throw new InvalidOperationException($"Orleans:AdvertisedIp {AdvertisedIp} has no IPv4 address.");

    public static OrleansOptions From(IConfiguration configuration) =>
        configuration.GetSection("Orleans").Get<OrleansOptions>() ?? new OrleansOptions();
}
