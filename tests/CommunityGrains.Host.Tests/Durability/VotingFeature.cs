using System.Text.Json;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// The admin takes two proposals to a vote; every round each member votes again on one of them, changing their choice.
/// The tally counts exactly each voter's last acknowledged choice, and each voter earned VOTE points once per proposal.
/// </summary>
public sealed class VotingFeature : IWorkloadFeature
{
    public const string Vote = "castVote";
    private static readonly string[] Proposals = ["p-roof", "p-park"];
    private static readonly string[] Choices = ["FOR", "AGAINST", "ABSTAIN"];
    private int _round;

    public async Task Seed(WorkloadContext context)
    {
        foreach (var proposal in Proposals)
        {
            await context.Must(context.AdminToken,
                "mutation($id: ID!, $title: String!) { saveProposalDraft(input: { id: $id, title: $title, body: \"Survives crashes\" }) { id } }",
                new { id = proposal, title = "Proposal " + proposal });
            await context.Must(context.AdminToken, "mutation($id: ID!) { submitProposal(proposalId: $id) { id } }", new { id = proposal });
            await context.Must(context.AdminToken,
                "mutation($id: ID!) { scoreProposal(input: { proposalId: $id, feasibility: 4, innovation: 4, value: 4 }) { id } }", new { id = proposal });
            await context.Must(context.AdminToken,
                "mutation($id: ID!, $closes: DateTime!) { openVoting(input: { proposalId: $id, closesAt: $closes }) { id } }",
                new { id = proposal, closes = DateTimeOffset.UtcNow.AddDays(7).ToString("O") });
        }
    }

    public void PlanSetup(Workload workload)
    {
    }

    public void PlanRound(Workload workload)
    {
        var round = _round++;
        workload.Plan((member, _) =>
        {
            // Alternating proposals, and on each proposal a different choice than the member's previous one.
            var proposal = Proposals[(member.Index + round) % Proposals.Length];
            var choice = Choices[(member.Index + round / Proposals.Length) % Choices.Length];
            return (Vote, proposal, choice,
                "mutation($id: ID!, $choice: VoteChoice!) { castVote(input: { proposalId: $id, choice: $choice }) { id } }",
                new { id = proposal, choice });
        });
    }

    public async Task Verify(WorkloadContext context, Workload workload, IReadOnlyDictionary<string, MemberSnapshot> members)
    {
        var votes = workload.LastAcknowledged(Vote);
        foreach (var proposal in Proposals)
        {
            var data = await context.Must(context.AdminToken,
                "query($id: ID!) { proposal(id: $id) { tally { for against abstain total } } }", new { id = proposal });
            var tally = data.GetProperty("proposal").GetProperty("tally");
            var cast = votes.Where(v => v.Key.Subject == proposal).Select(v => v.Value).ToList();
            Assert.Equal(
                (cast.Count(c => c == "FOR"), cast.Count(c => c == "AGAINST"), cast.Count(c => c == "ABSTAIN"), cast.Count),
                (Count(tally, "for"), Count(tally, "against"), Count(tally, "abstain"), Count(tally, "total")));
        }

        foreach (var member in workload.Members)
        {
            var mine = votes.Where(v => v.Key.Member == member.Id).ToList();
            foreach (var ((_, proposal), choice) in mine)
            {
                var data = await context.Must(member.Token, "query($id: ID!) { proposal(id: $id) { myVote } }", new { id = proposal });
                Assert.Equal(choice, data.GetProperty("proposal").GetProperty("myVote").GetString());
            }

            Assert.Equal(mine.Count, members[member.Id].Ledger.Count(e => e.Action == "VOTE"));
        }
    }

    private static int Count(JsonElement tally, string name) => tally.GetProperty(name).GetInt32();
}
