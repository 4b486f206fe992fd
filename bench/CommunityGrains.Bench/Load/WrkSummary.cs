namespace CommunityGrains.Bench.Load;

/// <summary>The line bench/wrk/pool.lua prints when wrk is done (latencies in microseconds).</summary>
internal sealed record WrkSummary(
    long Requests,
    long DurationUs,
    long Errors,
    long SocketErrors,
    long P50Us,
    long P95Us,
    long P99Us,
    long Sent,
    long Repeats,
    int MostPerThread);
