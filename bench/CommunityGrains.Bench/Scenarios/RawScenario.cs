using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary><c>raw</c>: bench/Baseline's fixed JSON body with no auth or storage, the HTTP ceiling of the machine.</summary>
internal sealed class RawScenario : IScenario
{
    private static readonly BenchRequest Request = new(HttpMethod.Get, "/raw", null, null);

    public string Name => "raw";

    public int DefaultMembers => 0;

    public bool HasBaseline => true;

    public IReadOnlyList<BenchRequest> Pool => [Request];

    public Task Setup(ScenarioContext context) => Task.CompletedTask;

    public BenchRequest Next(int worker, Random random) => Request;
}
