namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// A moderator stocks one reward costing a point; every round each member redeems it under a client id of their own.
/// Stock goes down exactly once per acknowledged redemption, and each has exactly one REDEMPTION ledger entry.
/// </summary>
public sealed class RewardFeature : IWorkloadFeature
{
    public const string Redeem = "redeemReward";
    private const string Reward = "r-sticker";
    private const int Stock = 100_000;

    public Task Seed(WorkloadContext context) =>
        context.Must(context.AdminToken,
            "mutation($id: ID!, $stock: Int!) { addReward(input: { id: $id, name: \"Sticker\", cost: 1, stock: $stock }) { id } }",
            new { id = Reward, stock = Stock });

    public void PlanSetup(Workload workload)
    {
    }

    public void PlanRound(Workload workload) =>
        workload.Plan((member, sequence) => (Redeem, $"rd-{member.Id}-{sequence}", Reward,
            "mutation($id: ID!, $reward: ID!) { redeemReward(input: { id: $id, rewardId: $reward }) { id cost } }",
            new { id = $"rd-{member.Id}-{sequence}", reward = Reward }));

    public async Task Verify(WorkloadContext context, Workload workload, IReadOnlyDictionary<string, MemberSnapshot> members)
    {
        var redeemed = workload.LastAcknowledged(Redeem);
        var rewards = await context.Must(context.AdminToken, "{ rewards { id stock } }");
        var stock = rewards.GetProperty("rewards").EnumerateArray().Single(r => r.GetProperty("id").GetString() == Reward).GetProperty("stock").GetInt32();
        Assert.Equal(Stock - redeemed.Count, stock);

        foreach (var member in workload.Members)
        {
            var entries = members[member.Id].Ledger.Where(e => e.Action == "REDEMPTION").ToList();
            Assert.Equal(redeemed.Count(r => r.Key.Member == member.Id), entries.Count);
            Assert.All(entries, e => Assert.Equal(-1, e.Points));
        }
    }
}
