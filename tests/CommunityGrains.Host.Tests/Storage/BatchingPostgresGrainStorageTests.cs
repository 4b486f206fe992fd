using System.Data.Common;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace CommunityGrains.Host.Tests.Storage;

/// <summary>
/// The batching grain storage against a real PostgreSQL, through the storage a real silo configures for its grains
/// (<see cref="SnapshotGrainStorage"/> in front of <see cref="BatchingPostgresGrainStorage"/>), the way Orleans tests
/// its providers: write and read back, clear, conflicting ETags, concurrent writers, a failing statement inside a
/// batch, the database going away mid-batch, and rows shared with Orleans' own AdoNet provider.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BatchingPostgresGrainStorageTests(PostgresServer postgres)
{
    private const string StateName = BatchHold.StateName;

    [PostgresFact]
    public async Task A_write_reads_back_clears_and_writes_again()
    {
        var (host, _) = await Start();
        await using var _ = host;
        var storage = host.GrainStorage;
        var grain = GrainId.Create(StateName, Guid.NewGuid().ToString("N"));

        var state = new GrainState<List<string>>(["first"]);
        await storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal(("1", true), (state.ETag, state.RecordExists));
        state.State = ["first", "second"];
        await storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal("2", state.ETag);

        var read = await Read(storage, grain);
        Assert.Equal(("first,second", "2", true), (Values(read), read.ETag, read.RecordExists));

        await storage.ClearStateAsync(StateName, grain, read);
        Assert.Equal(("3", false), (read.ETag, read.RecordExists));
        Assert.Empty((await Read(storage, grain)).State!);

        // The writer that cleared continues from the cleared version; the one that wrote before the clear is stale.
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, state));
        read.State = ["after clear"];
        await storage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("4", read.ETag);
        Assert.Equal(["after clear"], (await Read(storage, grain)).State);
    }

    [PostgresFact]
    public async Task Conflicting_etags_are_refused()
    {
        var (host, _) = await Start();
        await using var _ = host;

        await GrainStorageChecks.RefusesStaleEtag(host.GrainStorage);
    }

    [PostgresFact]
    public async Task Writes_queued_together_commit_in_one_transaction_and_a_stale_one_fails_alone()
    {
        var (host, connectionString) = await Start();
        await using var _ = host;
        var storage = host.GrainStorage;
        var grains = Grains("together", 12);
        var states = new List<GrainState<List<string>>>();
        foreach (var grain in grains)
        {
            var state = new GrainState<List<string>>(["v1"]);
            await storage.WriteStateAsync(StateName, grain, state);
            states.Add(state);
        }

        // Another activation moved grain 5 on: the ETag this writer holds is stale.
        var other = await Read(storage, grains[5]);
        other.State = ["other"];
        await storage.WriteStateAsync(StateName, grains[5], other);

        List<Task> writes;
        await using (var hold = await BatchHold.Start(storage, connectionString))
        {
            writes = grains.Select((grain, i) =>
            {
                states[i].State = ["v2"];
                return storage.WriteStateAsync(StateName, grain, states[i]);
            }).ToList();
            await hold.Release();
        }

        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[5]);
        foreach (var (write, i) in writes.Select((w, i) => (w, i)).Where(w => w.i != 5))
        {
            await write;
            Assert.Equal("2", states[i].ETag);
            Assert.Equal(["v2"], (await Read(storage, grains[i])).State);
        }

        Assert.Equal(["other"], (await Read(storage, grains[5])).State);
        Assert.Equal(1, await Transactions(connectionString, grains.Where((_, i) => i != 5)));
    }

    [PostgresFact]
    public async Task A_statement_that_fails_inside_a_batch_fails_only_its_own_write()
    {
        var (host, connectionString) = await Start();
        await using var _ = host;
        var storage = host.GrainStorage;
        var grains = Grains("failing", 8);
        // The provider's table keeps a key of at most 512 characters: PostgreSQL refuses this row.
        var tooLong = GrainId.Create(StateName, new string('k', 600));

        Task failing;
        List<Task> writes;
        await using (var hold = await BatchHold.Start(storage, connectionString))
        {
            writes = grains.Take(4).Select(g => storage.WriteStateAsync(StateName, g, new GrainState<List<string>>(["ok"]))).ToList();
            failing = storage.WriteStateAsync(StateName, tooLong, new GrainState<List<string>>(["refused"]));
            writes.AddRange(grains.Skip(4).Select(g => storage.WriteStateAsync(StateName, g, new GrainState<List<string>>(["ok"]))));
            await hold.Release();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => failing);
        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, error.SqlState);
        Assert.IsAssignableFrom<DbException>(error);
        await Task.WhenAll(writes);
        foreach (var grain in grains)
        {
            Assert.Equal(["ok"], (await Read(storage, grain)).State);
        }

        Assert.False((await Read(storage, tooLong)).RecordExists);
        Assert.Equal(1, await Transactions(connectionString, grains));
    }

    [PostgresFact]
    public async Task Concurrent_writers_on_many_grains_all_commit_in_order()
    {
        // The default number of batches in flight, so that batches overlap.
        var (host, _) = await Start(concurrentBatches: null);
        await using var _ = host;
        var storage = host.GrainStorage;
        var grains = Grains("concurrent", 200);

        await Task.WhenAll(grains.Select(async grain =>
        {
            var state = new GrainState<List<string>>([]);
            for (var i = 1; i <= 10; i++)
            {
                state.State = [.. state.State!, $"w{i}"];
                await storage.WriteStateAsync(StateName, grain, state);
                Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), state.ETag);
            }
        }));

        foreach (var grain in grains)
        {
            var read = await Read(storage, grain);
            Assert.Equal(("10", 10, "w10"), (read.ETag, read.State!.Count, read.State[^1]));
        }
    }

    [PostgresFact]
    public async Task The_database_going_away_mid_batch_fails_every_write_of_the_batch_and_applies_none()
    {
        var (host, connectionString) = await Start();
        await using var _ = host;
        var storage = host.GrainStorage;
        // A batch takes its row locks in key order; the last grain's row will be locked, so the batch has already
        // updated every other row (uncommitted) when it stops there.
        var grains = Grains("outage", 9).OrderBy(g => Key(g)).ToList();
        var stuck = grains[^1];
        var states = new List<GrainState<List<string>>>();
        foreach (var grain in grains)
        {
            var state = new GrainState<List<string>>(["before"]);
            await storage.WriteStateAsync(StateName, grain, state);
            states.Add(state);
        }

        List<Task> writes;
        var (locker, rowLock) = await BatchHold.LockRow(connectionString, stuck.Key.ToString()!);
        try
        {
            await using (var hold = await BatchHold.Start(storage, connectionString))
            {
                writes = grains.Select((grain, i) =>
                {
                    states[i].State = ["during"];
                    return storage.WriteStateAsync(StateName, grain, states[i]);
                }).ToList();
                await hold.Release();
            }

            await BatchHold.WaitForLockWait(connectionString);
            Assert.All(writes, w => Assert.False(w.IsCompleted));
            await postgres.Stop();
        }
        finally
        {
            await postgres.Start();
            await rowLock.DisposeAsync();
            await locker.DisposeAsync();
        }

        // The host's storage reports a lost server as unavailable, which callers retry (UNAVAILABLE, HTTP 503).
        foreach (var write in writes)
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(() => write);
        }

        foreach (var grain in grains)
        {
            var read = await Read(storage, grain);
            Assert.Equal(("before", "1"), (Values(read), read.ETag));
        }

        // The grain reloads after a failed write (StorageFaultCallFilter); its next write goes through.
        var again = await Read(storage, grains[0]);
        again.State = ["after"];
        await storage.WriteStateAsync(StateName, grains[0], again);
        Assert.Equal(["after"], (await Read(storage, grains[0])).State);
    }

    [PostgresFact]
    public async Task Rows_are_shared_with_the_AdoNet_provider_for_every_kind_of_key()
    {
        var (host, connectionString) = await Start();
        await using var _ = host;
        var batching = host.GrainStorage;
        var adoNet = host.Services.GetRequiredKeyedService<IGrainStorage>(SiloStorageSetup.AdoNetStorageName);
        var type = GrainType.Create(StateName);
        GrainId[] grains =
        [
            GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
            GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid(), "extension")),
            GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(-42)),
            GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(long.MaxValue, "extension")),
            GrainId.Create(StateName, "community/member-ünïcødé"),
        ];
        string[] stateNames = ["member", "Community.Generic`1[[System.String, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]"];

        foreach (var stateName in stateNames)
        {
            foreach (var grain in grains)
            {
                // Written by the batching layer, read by the provider.
                var writer = new GrainState<List<string>>(["batched"]);
                await batching.WriteStateAsync(stateName, grain, writer);
                var read = new GrainState<List<string>>();
                await adoNet.ReadStateAsync(stateName, grain, read);
                Assert.Equal(("batched", writer.ETag, true), (Values(read), read.ETag, read.RecordExists));

                // Written by the provider from that version, then by the batching layer from the provider's.
                read.State = ["provider"];
                await adoNet.WriteStateAsync(stateName, grain, read);
                await Assert.ThrowsAsync<InconsistentStateException>(() => batching.WriteStateAsync(stateName, grain, writer));
                var next = new GrainState<List<string>>(["batched again"], read.ETag) { RecordExists = true };
                await batching.WriteStateAsync(stateName, grain, next);
                Assert.Equal("3", next.ETag);

                // Cleared by the provider: the batching layer's next write continues from the cleared version.
                await adoNet.ClearStateAsync(stateName, grain, next);
                next.State = ["after clear"];
                await batching.WriteStateAsync(stateName, grain, next);
                var last = new GrainState<List<string>>();
                await adoNet.ReadStateAsync(stateName, grain, last);
                Assert.Equal(("after clear", "5"), (Values(last), last.ETag));
            }
        }

        // One row per grain and state: no write went to a row of its own.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var rows = new NpgsqlCommand("SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'member' OR GrainTypeString LIKE 'Community.Generic%'", connection);
        Assert.Equal((long)(grains.Length * stateNames.Length), await rows.ExecuteScalarAsync());
    }

    private async Task<(InProcessHost Host, string ConnectionString)> Start(int? concurrentBatches = 1)
    {
        var connectionString = await postgres.CreateDatabase(PostgresStorageTests.NewDatabaseName());
        await PostgresSchema.Apply(connectionString);
        string[] batches = concurrentBatches is { } n ? [$"--Storage:ConcurrentWriteBatches={n}"] : [];
        return (await InProcessHost.Start([.. PostgresStorageTests.Configuration(connectionString), .. batches]), connectionString);
    }

    private static List<GrainId> Grains(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => GrainId.Create(StateName, $"{prefix}_{i}_{Guid.NewGuid():N}")).ToList();

    private static AdoNetStorageKey Key(GrainId grain) => AdoNetStorageKey.For(StateName, grain, _ => new OrleansDefaultHasher());

    private static async Task<GrainState<List<string>>> Read(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<List<string>>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private static string Values(GrainState<List<string>> state) => string.Join(",", state.State!);

    /// <summary>How many transactions last wrote these string-keyed grains' rows (each row keeps its writer's xmin).</summary>
    private static async Task<long> Transactions(string connectionString, IEnumerable<GrainId> grains)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(DISTINCT xmin::text) FROM OrleansStorage WHERE GrainIdExtensionString = ANY(@keys)", connection);
        count.Parameters.AddWithValue("keys", grains.Select(g => g.Key.ToString()!).ToArray());
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
