namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// Joining (idempotent by the member id) and profile changes whose display name carries the member's sequence number,
/// so the stored name must be exactly the one acknowledged last.
/// </summary>
public sealed class ProfileFeature : IWorkloadFeature
{
    public const string Join = "joinCommunity";
    public const string Update = "updateProfile";

    public Task Seed(WorkloadContext context) => Task.CompletedTask;

    public void PlanSetup(Workload workload) =>
        workload.Plan((member, _) => (Join, "displayName", $"{member.Id} joined",
            "mutation($name: String!) { joinCommunity(input: { displayName: $name }) { id } }",
            new { name = $"{member.Id} joined" }));

    public void PlanRound(Workload workload) =>
        workload.Plan((member, sequence) => (Update, "displayName", $"{member.Id} v{sequence}",
            "mutation($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }",
            new { name = $"{member.Id} v{sequence}" }));

    public async Task Verify(WorkloadContext context, Workload workload, IReadOnlyDictionary<string, MemberSnapshot> members)
    {
        var expected = workload.LastAcknowledged(Update);
        foreach (var member in workload.Members)
        {
            Assert.True(members.ContainsKey(member.Id), $"{member.Id} acknowledged joining but is not a member.");
            Assert.Equal(expected[(member.Id, "displayName")], members[member.Id].DisplayName);
        }

        var stats = await context.Must(context.AdminToken, "{ community { stats { members } } }");
        // The admin who set up the community is a member too.
        Assert.Equal(workload.Members.Count + 1, stats.GetProperty("community").GetProperty("stats").GetProperty("members").GetInt32());
    }
}
