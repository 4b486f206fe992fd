namespace CommunityGrains.Bench.Infrastructure;

/// <summary>The tests' throwaway PostgreSQL with the settings a fair comparison needs.</summary>
internal static class BenchPostgres
{
    /// <summary>
    /// PostgreSQL's defaults (fsync on) apart from the connection limit, so the actors and the baseline meet the same
    /// database; each side's pool stays at 64 connections.
    /// </summary>
    public static async Task<PostgresServer> Start(TextWriter log)
    {
        var postgres = await new PostgresServer { Fsync = true, MaxConnections = 300, MaxPoolSize = 64 }.Started();
        await log.WriteLineAsync($"PostgreSQL {PostgresServer.Version} on port {postgres.Port}");
        return postgres;
    }
}
