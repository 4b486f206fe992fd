using System.Text.Json;

namespace CommunityGrains.Host.Tests.Durability;

/// <summary>
/// Groups of four: one member creates the group with a client id, three join it; every round each checks in again
/// with a new note. One check-in per member per group per day: the stored note is the last acknowledged one,
/// CHECK_IN points were awarded exactly once, and the community's <c>checkInsToday</c> counts each check-in once.
/// </summary>
public sealed class StudyGroupFeature : IWorkloadFeature
{
    public const string Enter = "studyGroup";
    public const string CheckIn = "checkIn";
    private const int GroupSize = 4;

    public Task Seed(WorkloadContext context) => Task.CompletedTask;

    public void PlanSetup(Workload workload) =>
        workload.Plan((member, _) => member.Index % GroupSize == 0
            ? (Enter, GroupOf(member), member.Id,
                "mutation($id: ID!, $name: String!) { createStudyGroup(input: { id: $id, name: $name, goal: \"Stay durable\", capacity: 4 }) { id } }",
                new { id = GroupOf(member), name = "Group " + GroupOf(member) })
            : (Enter, GroupOf(member), member.Id,
                "mutation($id: ID!) { joinStudyGroup(groupId: $id) { id } }",
                new { id = GroupOf(member) }));

    public void PlanRound(Workload workload) =>
        workload.Plan((member, sequence) => (CheckIn, GroupOf(member), $"{member.Id} note {sequence}",
            "mutation($group: ID!, $note: String) { checkIn(input: { groupId: $group, note: $note }) { id } }",
            new { group = GroupOf(member), note = $"{member.Id} note {sequence}" }));

    public async Task Verify(WorkloadContext context, Workload workload, IReadOnlyDictionary<string, MemberSnapshot> members)
    {
        var notes = workload.LastAcknowledged(CheckIn);
        var listed = 0;
        foreach (var group in workload.Members.GroupBy(GroupOf))
        {
            var data = await context.Must(group.First().Token,
                "query($id: ID!) { studyGroup(id: $id) { members { id } checkIns { member { id } note } } }", new { id = group.Key });
            var stored = data.GetProperty("studyGroup");
            Assert.Equal(group.Select(m => m.Id).Order(), stored.GetProperty("members").EnumerateArray().Select(Id).Order());

            var checkIns = stored.GetProperty("checkIns").EnumerateArray().ToList();
            listed += checkIns.Count;
            Assert.Equal(group.Select(m => m.Id).Order(), checkIns.Select(c => Id(c.GetProperty("member"))).Order());
            foreach (var checkIn in checkIns)
            {
                var member = Id(checkIn.GetProperty("member"));
                Assert.Equal(notes[(member, group.Key)], checkIn.GetProperty("note").GetString());
            }
        }

        // Compared with the groups' own lists of today, so a run across the community's midnight stays exact.
        var stats = await context.Must(workload.Members.First().Token, "{ community { stats { checkInsToday } } }");
        Assert.Equal(listed, stats.GetProperty("community").GetProperty("stats").GetProperty("checkInsToday").GetInt32());

        foreach (var member in workload.Members)
        {
            Assert.Single(members[member.Id].Ledger, e => e.Action == "CHECK_IN");
        }
    }

    private static string GroupOf(WorkloadMember member) => $"g{member.Index / GroupSize:D2}";

    private static string Id(JsonElement member) => member.GetProperty("id").GetString()!;
}
