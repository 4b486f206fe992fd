using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityGrains.Bench;

/// <summary>One measured run: the figures in the table and in the JSON line.</summary>
internal sealed record BenchReport(
    string Scenario,
    string Target,
    string Storage,
    int Members,
    int Concurrency,
    double? Rate,
    double Seconds,
    long Operations,
    double OperationsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    long Errors,
    double? PeakMemoryMb,
    double? ServerCpuMsPerOp,
    double? DatabaseCpuMsPerOp,
    bool? Verified,
    string? Verification,
    string Driver = "bench",
    double? MemorySlopeMbPerMinute = null,
    double? WorstWindowP99Ms = null,
    double? MedianWindowP99Ms = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this with
    {
        Rate = Rate is { } rate ? Math.Round(rate, 1) : null,
        OperationsPerSecond = Math.Round(OperationsPerSecond, 1),
        P50Ms = Math.Round(P50Ms, 2),
        P95Ms = Math.Round(P95Ms, 2),
        P99Ms = Math.Round(P99Ms, 2),
        PeakMemoryMb = PeakMemoryMb is { } mb ? Math.Round(mb, 1) : null,
        ServerCpuMsPerOp = ServerCpuMsPerOp is { } server ? Math.Round(server, 3) : null,
        DatabaseCpuMsPerOp = DatabaseCpuMsPerOp is { } db ? Math.Round(db, 3) : null,
        MemorySlopeMbPerMinute = MemorySlopeMbPerMinute is { } slope ? Math.Round(slope, 2) : null,
        WorstWindowP99Ms = WorstWindowP99Ms is { } worst ? Math.Round(worst, 2) : null,
        MedianWindowP99Ms = MedianWindowP99Ms is { } median ? Math.Round(median, 2) : null,
    }, Json);

    public static void WriteTable(TextWriter output, IReadOnlyList<BenchReport> reports)
    {
        output.WriteLine();
        output.WriteLine("| scenario | target | storage | members | conc. | rate | ops/s | p50 ms | p95 ms | p99 ms | errors | peak MB | server CPU ms/op | db CPU ms/op | check |");
        output.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in reports)
        {
            var check = r.Verified switch { true => "ok", false => "FAILED", null => "" };
            var memory = r.PeakMemoryMb is { } mb ? mb.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : "?";
            output.WriteLine(FormattableString.Invariant(
                $"| {r.Scenario} | {r.Target} | {r.Storage} | {r.Members} | {r.Concurrency} | {(r.Rate is { } rate ? rate.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : "closed")} | {r.OperationsPerSecond:F0} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.Errors} | {memory} | {Cpu(r.ServerCpuMsPerOp)} | {Cpu(r.DatabaseCpuMsPerOp)} | {check} |"));
        }

        foreach (var r in reports.Where(r => r.Verification is not null))
        {
            output.WriteLine($"{r.Scenario} ({r.Target}): {r.Verification}");
        }

        foreach (var r in reports.Where(r => r.WorstWindowP99Ms is not null))
        {
            output.WriteLine(FormattableString.Invariant(
                $"{r.Scenario} ({r.Target}) sampled: memory slope {r.MemorySlopeMbPerMinute?.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) ?? "?"} MB/min after the first quarter, window p99 median {r.MedianWindowP99Ms:F1} ms, worst {r.WorstWindowP99Ms:F1} ms"));
        }

        // The pair of a compare run: the last run on each side (with a rate, the paced run after its peak run).
        var actors = reports.LastOrDefault(r => r.Target == reports[0].Target);
        var partner = reports.LastOrDefault(r => r.Target != reports[0].Target);
        if (actors is not null && partner is { OperationsPerSecond: > 0 })
        {
            output.WriteLine(FormattableString.Invariant(
                $"ratio {actors.Target}/{partner.Target}: {actors.OperationsPerSecond / partner.OperationsPerSecond:F2}x"));
        }

        output.WriteLine();
    }

    private static string Cpu(double? ms) => ms is { } value ? value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
