namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// Every round each member posts a help request with a client id, at a spot of their own far from everyone else's.
/// Every acknowledged request is stored once: the search around a member's spot finds exactly their requests.
/// </summary>
public sealed class HelpFeature : IWorkloadFeature
{
    public const string Post = "postHelpRequest";

    public Task Seed(WorkloadContext context) => Task.CompletedTask;

    public void PlanSetup(Workload workload)
    {
    }

    public void PlanRound(Workload workload) =>
        workload.Plan((member, sequence) => (Post, $"h-{member.Id}-{sequence}", $"{member.Id} needs a hand {sequence}",
            "mutation($id: ID!, $title: String!, $at: GeoPointInput!) { postHelpRequest(input: { id: $id, kind: NEED, title: $title, description: \"Carrying boxes\", location: $at }) { id } }",
            new { id = $"h-{member.Id}-{sequence}", title = $"{member.Id} needs a hand {sequence}", at = Spot(member) }));

    public async Task Verify(WorkloadContext context, Workload workload, IReadOnlyDictionary<string, MemberSnapshot> members)
    {
        var posted = workload.LastAcknowledged(Post);
        foreach (var member in workload.Members)
        {
            var expected = posted.Where(p => p.Key.Member == member.Id).Select(p => (p.Key.Subject, p.Value)).Order().ToList();
            var data = await context.Must(member.Token,
                "query($at: GeoPointInput!) { helpRequestsNear(near: $at, radiusKm: 1, first: 100) { request { id title } } }", new { at = Spot(member) });
            var found = data.GetProperty("helpRequestsNear").EnumerateArray()
                .Select(c => c.GetProperty("request"))
                .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("title").GetString()!))
                .Order()
                .ToList();
            Assert.Equal(expected, found);
        }
    }

    /// <summary>A point per member, 0.2° (about 20 km) apart, so a 1 km search sees only that member's requests.</summary>
    private static object Spot(WorkloadMember member) => new { latitude = 48.0 + member.Index / 8 * 0.2, longitude = 2.0 + member.Index % 8 * 0.2 };
}
