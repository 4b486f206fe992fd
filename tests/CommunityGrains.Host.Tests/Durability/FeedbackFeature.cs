namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// Every round each member submits one piece of feedback under a client id of its own. Each acknowledged id is stored
/// exactly once with its text, and earned FEEDBACK_SUBMITTED points exactly once.
/// </summary>
public sealed class FeedbackFeature : IWorkloadFeature
{
    public const string Submit = "submitFeedback";

    public Task Seed(WorkloadContext context) => Task.CompletedTask;

    public void PlanSetup(Workload workload)
    {
    }

    public void PlanRound(Workload workload) =>
        workload.Plan((member, sequence) => (Submit, $"f-{member.Id}-{sequence}", $"{member.Id} says {sequence}: keep the lights on",
            "mutation($id: ID!, $body: String!) { submitFeedback(input: { id: $id, channel: APP, body: $body }) { id } }",
            new { id = $"f-{member.Id}-{sequence}", body = $"{member.Id} says {sequence}: keep the lights on" }));

    public async Task Verify(WorkloadContext context, Workload workload, IReadOnlyDictionary<string, MemberSnapshot> members)
    {
        var submitted = workload.LastAcknowledged(Submit);
        foreach (var member in workload.Members)
        {
            var expected = submitted.Where(s => s.Key.Member == member.Id).ToDictionary(s => s.Key.Subject, s => s.Value);
            var data = await context.Must(member.Token, "{ feedbackItems(first: 100) { totalCount nodes { id body } } }");
            var items = data.GetProperty("feedbackItems");
            var stored = items.GetProperty("nodes").EnumerateArray()
                .Select(n => (Id: n.GetProperty("id").GetString()!, Body: n.GetProperty("body").GetString()!))
                .ToList();
            Assert.Equal(expected.Count, items.GetProperty("totalCount").GetInt32());
            Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)), stored.OrderBy(s => s.Id));
            Assert.Equal(expected.Count, members[member.Id].Ledger.Count(e => e.Action == "FEEDBACK_SUBMITTED"));
        }

        var all = await context.Must(context.AdminToken, "{ feedbackItems(first: 1) { totalCount } }");
        Assert.Equal(submitted.Count, all.GetProperty("feedbackItems").GetProperty("totalCount").GetInt32());
    }
}
