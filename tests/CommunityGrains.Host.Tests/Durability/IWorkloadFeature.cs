namespace CommunityGrains.Host.Tests.Durability;

/// <summary>One capability's part of the workload: what it sets up, which mutations members send, and what must hold afterwards.</summary>
public interface IWorkloadFeature
{
    /// <summary>Setup by the admin before the load (acknowledged, or the test fails).</summary>
    Task Seed(WorkloadContext context);

    /// <summary>Appends what every member does once, before any round (joining, entering a group).</summary>
    void PlanSetup(Workload workload);

    /// <summary>Appends one round of this feature's mutations to every member's script; rounds of all features interleave.</summary>
    void PlanRound(Workload workload);

    /// <summary>Exact checks against what was acknowledged, once everything has been.</summary>
    Task Verify(WorkloadContext context, Workload workload, IReadOnlyDictionary<string, MemberSnapshot> members);
}
