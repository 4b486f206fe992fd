using CommunityGrains.Bench.Load;

namespace CommunityGrains.Bench.Scenarios;

/// <summary><c>mixed</c>: a realistic day, mostly reads: 35% me, 25% a study group, 20% a proposal, 10% check-ins, 10% votes.</summary>
internal sealed class MixedScenario : IScenario
{
    private readonly ReadMeScenario _me = new();
    private BenchRequest[] _groups = [];
    private BenchRequest[] _proposals = [];
    private BenchRequest[] _checkIns = [];
    private BenchRequest[] _votes = [];

    public string Name => "mixed";

    public int DefaultMembers => 1000;

    public bool HasBaseline => false;

    public async Task Setup(ScenarioContext context)
    {
        await _me.Setup(context);
        var groups = CheckInScenario.Groups(context);
        var proposals = context.Options.Proposals ?? 20;
        await context.CreateGroups(groups, CheckInScenario.GroupSize);
        await context.CreateProposals(proposals);
        var members = context.Members;
        _groups = Enumerable.Range(0, groups)
            .Select(g => ScenarioContext.GraphQL(members[g % members.Length], BenchClient.GraphQLBody(ReadGroupScenario.Query, new { id = ScenarioContext.GroupId(g) })))
            .ToArray();
        _proposals = Enumerable.Range(0, proposals)
            .Select(p => ScenarioContext.GraphQL(members[p % members.Length], BenchClient.GraphQLBody(ReadProposalScenario.Query, new { id = ScenarioContext.ProposalId(p) })))
            .ToArray();
        _checkIns = Enumerable.Range(0, groups * CheckInScenario.GroupSize)
            .Select(i => CheckInScenario.CheckIn(context, members[context.GroupMember(i / CheckInScenario.GroupSize, i % CheckInScenario.GroupSize, CheckInScenario.GroupSize)], i / CheckInScenario.GroupSize))
            .ToArray();
        var random = new Random(7);
        _votes = Enumerable.Range(0, 2048)
            .Select(i => VoteHotScenario.Vote(context, members[i % members.Length], i % members.Length, random.Next(3), ScenarioContext.ProposalId(random.Next(proposals))))
            .ToArray();
    }

    public BenchRequest Next(int worker, Random random) => random.Next(100) switch
    {
        < 35 => _me.Next(worker, random),
        < 60 => _groups[random.Next(_groups.Length)],
        < 80 => _proposals[random.Next(_proposals.Length)],
        < 90 => _checkIns[random.Next(_checkIns.Length)],
        _ => _votes[random.Next(_votes.Length)],
    };
}
