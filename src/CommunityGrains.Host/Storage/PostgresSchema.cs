using Npgsql;

namespace CommunityGrains.Host.Storage;

/// <summary>Applies schema/postgres in order, each script in its own transaction; safe to run twice.</summary>
public static class PostgresSchema
{
    public static async Task<IReadOnlyList<string>> Apply(string connectionString, CancellationToken cancellation = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        var applied = new List<string>();
        foreach (var (name, sql) in SchemaScripts.For("postgres"))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            await using (var command = new NpgsqlCommand(sql, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(cancellation);
            }

            await transaction.CommitAsync(cancellation);
            applied.Add(name);
        }

        return applied;
    }
}
