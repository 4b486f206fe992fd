using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary>A workload: setup before the measured window, then one request after another, then an optional check.</summary>
internal interface IScenario
{
    string Name { get; }

    int DefaultMembers { get; }

    /// <summary>False where bench/Baseline has no equivalent operation.</summary>
    bool HasBaseline { get; }

    Task Setup(ScenarioContext context);

    BenchRequest Next(int worker, Random random);

    /// <summary>
    /// For wrk (<c>--driver wrk</c>): every request <see cref="Next"/> draws from, one per member or pair, each as
    /// likely. Scenarios whose mix is weighted are driven by the bench only.
    /// </summary>
    IReadOnlyList<BenchRequest> Pool => throw new BenchSetupException($"{Name} mixes requests with weights; run it without --driver wrk.");

    /// <summary>For wrk: the pool is sent in its order, each request once (first check-ins); otherwise at random.</summary>
    bool SendsEachOnce => false;

    /// <summary>
    /// After a load whose answers the bench did not see (wrk), brings the state to one the check can predict,
    /// e.g. every voter votes once more through the bench.
    /// </summary>
    Task Settle(ScenarioContext context) => Task.CompletedTask;

    void Completed(int worker, BenchRequest request, bool ok)
    {
    }

    Task<Verification?> Verify(ScenarioContext context) => Task.FromResult<Verification?>(null);
}

internal sealed record Verification(bool Passed, string Detail);
