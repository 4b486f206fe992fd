using System.Globalization;

namespace CommunityGrains.Bench;

/// <summary>Command line: <c>&lt;scenario&gt; [--members N] [--duration 30s] [--concurrency C] [--rate R|P%] [--setup-concurrency N] [--target URL] [--pid P] [--postgres] [--baseline] [--compare] [--driver wrk] [--quick]</c>.</summary>
internal sealed record BenchOptions
{
    public const string DefaultSigningKey = "communitygrains-bench-signing-key-not-a-secret-0123456789";

    public required string Scenario { get; init; }
    public int? Members { get; init; }
    public int? BaselineMembers { get; init; }
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);
    public int Concurrency { get; init; } = 32;

    /// <summary>Setup calls in flight (members joining, groups and proposals created); setup is not measured.</summary>
    public int? SetupConcurrency { get; init; }

    /// <summary>Open loop: operations per second to start, whatever the answers take (null: closed loop).</summary>
    public double? Rate { get; init; }

    /// <summary>Open loop at this fraction of the peak a closed-loop run on the same host measured first.</summary>
    public double? RateOfPeak { get; init; }
    public Uri? Target { get; init; }
    public int? TargetPid { get; init; }
    public bool Postgres { get; init; }
    public bool Baseline { get; init; }
    public bool Compare { get; init; }
    public bool Quick { get; init; }

    /// <summary>Soaks: every this often, the host's memory and the p99 of the window since the last sample.</summary>
    public TimeSpan? SampleEvery { get; init; }

    /// <summary>Sends the measured load with wrk instead of the bench's own driver (closed loop only).</summary>
    public bool Wrk { get; init; }
    public int? Groups { get; init; }
    public int? Proposals { get; init; }

    /// <summary>
    /// mixed: sends every request that creates something (feedback, comments, redemptions, help requests) once during
    /// setup, so the measured window only retries them and memory holds no new data: a short soak then measures leaks,
    /// not the growth of the community.
    /// </summary>
    public bool Prefill { get; init; }

    /// <summary>feedback-queue: items seeded in the one community (default 100,000).</summary>
    public int? Feedback { get; init; }
    public string SigningKey { get; init; } = DefaultSigningKey;

    /// <summary>Extra environment for the host the bench starts, e.g. runtime GC knobs to compare without a rebuild.</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>activate: keep the host running this long after measuring, for dotnet-gcdump or dotnet-counters.</summary>
    public TimeSpan Hold { get; init; }

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
                "--feedback" => options with { Feedback = Int(Value()) },
                "--duration" => options with { Duration = Span(Value()) },
                "--warmup" => options with { Warmup = Span(Value()) },
                "--concurrency" => options with { Concurrency = Int(Value()) },
                "--setup-concurrency" => options with { SetupConcurrency = Int(Value()) },
                "--rate" => WithRate(options, Value()),
                "--target" => options with { Target = new Uri(Value()) },
                "--pid" => options with { TargetPid = Int(Value()) },
                "--signing-key" => options with { SigningKey = Value() },
                "--host-env" => WithHostEnvironment(options, Value()),
                "--hold" => options with { Hold = Span(Value()) },
                "--sample" => options with { SampleEvery = Span(Value()) },
                "--postgres" => options with { Postgres = true },
                "--baseline" => options with { Baseline = true },
                "--compare" => options with { Compare = true },
                "--driver" => Value() switch
                {
                    "wrk" => options with { Wrk = true },
                    "bench" => options with { Wrk = false },
                    var other => throw new ArgumentException($"--driver is bench or wrk, not {other}.\n{Usage}"),
                },
                "--prefill" => options with { Prefill = true },
                "--quick" => options with { Quick = true, Duration = TimeSpan.FromSeconds(2), Warmup = TimeSpan.FromSeconds(0.5), Concurrency = 4, Members = 20 },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        return options;
    }

    public const string Usage = """
        usage: CommunityGrains.Bench <scenario> [options]
          scenarios: read-me raw checkin vote-hot vote-spread help-near mixed read-group read-proposal activate
                     event-signin poll-hot comment-hot feedback-queue annual-board
          --members N        members that take part (default per scenario)
          --baseline-members N   members on the baseline side (seeding there is cheap; lets checkin stay on first check-ins)
          --groups N, --proposals N   for activate (default members/5, members/10)
          --feedback N       feedback-queue: items seeded in one community (default 100,000)
          --duration 30s     measured window (after a warm-up of --warmup 3s)
          --concurrency C    requests in flight (default 32); with --rate, the connections that carry the rate
          --rate R           open loop: start R operations per second on a fixed schedule; latency counts from the
                             scheduled start, so queueing behind a slow answer is measured, not hidden
          --rate P%          a closed-loop run first (its ops/s is the peak), then the open loop at P% of that peak
          --setup-concurrency N   setup calls in flight (default 32; activate 64)
          --target URL       an already running host (default: start one on a temp SQLite file)
          --pid P            that host's process id, for its peak memory
          --postgres         start a throwaway PostgreSQL and run the host (or baseline) on it
          --baseline         run the scenario against bench/Baseline (PostgreSQL) instead of the actors
          --compare          run the actors, then the partner (baseline, or raw for read-me), and print the ratio
          --host-env N=V     environment for the host the bench starts (repeatable), e.g. DOTNET_GCgen0size=0x1000000
          --sample 10s       every 10s record the host's memory and that window's p99; reports the memory slope
                             (MB/min after the first quarter) and the worst and median window p99, for soaks
          --hold 120s        activate: keep the host up after measuring (its pid is printed) for dotnet-gcdump
          --signing-key K    the host's Auth:SigningKey (default: the fixed key the bench gives the hosts it starts)
          --driver wrk       send the measured load with wrk -t2 -c<concurrency> (bench/wrk/pool.lua) instead of the
                             bench's own driver; setup, CPU per operation and checks stay the bench's (closed loop only)
          --prefill          mixed: create every item its requests name during setup, so the load only retries them
          --quick            a 2-second smoke run with few members
        """;

    private static BenchOptions WithRate(BenchOptions options, string value) => value.EndsWith('%')
        ? options with { RateOfPeak = Positive(double.Parse(value[..^1], CultureInfo.InvariantCulture)) / 100, Rate = null }
        : options with { Rate = Positive(double.Parse(value, CultureInfo.InvariantCulture)), RateOfPeak = null };

    private static BenchOptions WithHostEnvironment(BenchOptions options, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--host-env wants NAME=VALUE, got {value}.\n{Usage}");
        }

        return options with { HostEnvironment = new Dictionary<string, string>(options.HostEnvironment) { [value[..equals]] = value[(equals + 1)..] } };
    }

    private static double Positive(double value) => value > 0 ? value : throw new ArgumentException($"--rate must be positive.\n{Usage}");

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static TimeSpan Span(string value) => value switch
    {
        _ when value.EndsWith("ms", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(double.Parse(value[..^2], CultureInfo.InvariantCulture)),
        _ when value.EndsWith('s') => TimeSpan.FromSeconds(double.Parse(value[..^1], CultureInfo.InvariantCulture)),
        _ when value.EndsWith('m') => TimeSpan.FromMinutes(double.Parse(value[..^1], CultureInfo.InvariantCulture)),
        _ => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)),
    };
}
