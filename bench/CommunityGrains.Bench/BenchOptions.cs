using System.Globalization;

namespace CommunityGrains.Bench;

/// <summary>Command line: <c>&lt;scenario&gt; [--members N] [--duration 30s] [--concurrency C] [--target URL] [--pid P] [--postgres] [--baseline] [--compare] [--quick]</c>.</summary>
internal sealed record BenchOptions
{
    public const string DefaultSigningKey = "communitygrains-bench-signing-key-not-a-secret-0123456789";

    public required string Scenario { get; init; }
    public int? Members { get; init; }
    public int? BaselineMembers { get; init; }
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);
    public int Concurrency { get; init; } = 32;
    public Uri? Target { get; init; }
    public int? TargetPid { get; init; }
    public bool Postgres { get; init; }
    public bool Baseline { get; init; }
    public bool Compare { get; init; }
    public bool Quick { get; init; }
    public int? Groups { get; init; }
    public int? Proposals { get; init; }
    public string SigningKey { get; init; } = DefaultSigningKey;

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException(Usage);
        }

        var options = new BenchOptions { Scenario = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--members" => options with { Members = Int(Value()) },
                "--baseline-members" => options with { BaselineMembers = Int(Value()) },
                "--groups" => options with { Groups = Int(Value()) },
                "--proposals" => options with { Proposals = Int(Value()) },
                "--duration" => options with { Duration = Span(Value()) },
                "--warmup" => options with { Warmup = Span(Value()) },
                "--concurrency" => options with { Concurrency = Int(Value()) },
                "--target" => options with { Target = new Uri(Value()) },
                "--pid" => options with { TargetPid = Int(Value()) },
                "--signing-key" => options with { SigningKey = Value() },
                "--postgres" => options with { Postgres = true },
                "--baseline" => options with { Baseline = true },
                "--compare" => options with { Compare = true },
                "--quick" => options with { Quick = true, Duration = TimeSpan.FromSeconds(2), Warmup = TimeSpan.FromSeconds(0.5), Concurrency = 4, Members = 20 },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        return options;
    }

    public const string Usage = """
        usage: CommunityGrains.Bench <scenario> [options]
          scenarios: read-me raw checkin vote-hot vote-spread help-near mixed read-group read-proposal activate
          --members N        members that take part (default per scenario)
          --baseline-members N   members on the baseline side (seeding there is cheap; lets checkin stay on first check-ins)
          --groups N, --proposals N   for activate (default members/5, members/10)
          --duration 30s     measured window (after a warm-up of --warmup 3s)
          --concurrency C    requests in flight (default 32)
          --target URL       an already running host (default: start one on a temp SQLite file)
          --pid P            that host's process id, for its peak memory
          --postgres         start a throwaway PostgreSQL and run the host (or baseline) on it
          --baseline         run the scenario against bench/Baseline (PostgreSQL) instead of the actors
          --compare          run the actors, then the partner (baseline, or raw for read-me), and print the ratio
          --signing-key K    the host's Auth:SigningKey (default: the fixed key the bench gives the hosts it starts)
          --quick            a 2-second smoke run with few members
        """;

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static TimeSpan Span(string value) => value switch
    {
        _ when value.EndsWith("ms", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(double.Parse(value[..^2], CultureInfo.InvariantCulture)),
        _ when value.EndsWith('s') => TimeSpan.FromSeconds(double.Parse(value[..^1], CultureInfo.InvariantCulture)),
        _ when value.EndsWith('m') => TimeSpan.FromMinutes(double.Parse(value[..^1], CultureInfo.InvariantCulture)),
        _ => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)),
    };
}
