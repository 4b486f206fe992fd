using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary><c>vote-spread</c>: members vote on many open proposals at random (first votes and changed votes).</summary>
internal sealed class VoteSpreadScenario : IScenario
{
    private BenchRequest[][][] _requests = [];

    public string Name => "vote-spread";

    public int DefaultMembers => 1000;

    public bool HasBaseline => true;

    public async Task Setup(ScenarioContext context)
    {
        var proposals = context.Options.Proposals ?? 100;
        await context.CreateCommunity();
        await context.CreateProposals(proposals);
        _requests = Enumerable.Range(0, proposals)
            .Select(p => context.Members
                .Select((auth, member) => VoteHotScenario.Choices.Select((_, tag) => VoteHotScenario.Vote(context, auth, member, tag, ScenarioContext.ProposalId(p))).ToArray())
                .ToArray())
            .ToArray();
    }

    public BenchRequest Next(int worker, Random random)
    {
        var proposal = _requests[random.Next(_requests.Length)];
        return proposal[random.Next(proposal.Length)][random.Next(VoteHotScenario.Choices.Length)];
    }
}
