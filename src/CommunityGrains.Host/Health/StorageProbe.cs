using System.Data.Common;
using CommunityGrains.Host.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CommunityGrains.Host.Health;

/// <summary>Opens a connection to the configured storage and runs a trivial query.</summary>
public sealed class StorageProbe(StorageOptions storage, IConfiguration configuration)
{
    public async Task<bool> Reachable(CancellationToken cancellation)
    {
        DbConnection? connection = storage.Provider switch
        {
            StorageProvider.Sqlite => new SqliteConnection(storage.SqliteConnectionString),
            StorageProvider.Postgres => new NpgsqlConnection(StorageOptions.PostgresConnectionString(configuration)),
            _ => null,
        };
        if (connection is null)
        {
            return true;
        }

        await using (connection)
        {
            await connection.OpenAsync(cancellation);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellation);
            return true;
        }
    }
}
