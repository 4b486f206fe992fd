using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary><c>read-proposal</c>: a proposal in voting with its live tally.</summary>
internal sealed class ReadProposalScenario : IScenario
{
    public const string Query = "query($id: ID!) { proposal(id: $id) { id title status tally { proposalId for against abstain total } } }";
    private BenchRequest[] _requests = [];

    public string Name => "read-proposal";

    public int DefaultMembers => 1000;

    public bool HasBaseline => true;

    public IReadOnlyList<BenchRequest> Pool => _requests;

    public async Task Setup(ScenarioContext context)
    {
        var proposals = context.Options.Proposals ?? 100;
        await context.CreateCommunity();
        await context.CreateProposals(proposals);
        _requests = Enumerable.Range(0, proposals)
            .Select(p => context.Baseline
                ? new BenchRequest(HttpMethod.Get, "/baseline/proposal/" + ScenarioContext.ProposalId(p), context.Members[p % context.Members.Length], null)
                : ScenarioContext.GraphQL(context.Members[p % context.Members.Length], BenchClient.GraphQLBody(Query, new { id = ScenarioContext.ProposalId(p) })))
            .ToArray();
    }

    public BenchRequest Next(int worker, Random random) => _requests[random.Next(_requests.Length)];
}
