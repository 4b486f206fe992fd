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

    void Completed(int worker, BenchRequest request, bool ok)
    {
    }

    Task<Verification?> Verify(ScenarioContext context) => Task.FromResult<Verification?>(null);
}

internal sealed record Verification(bool Passed, string Detail);
