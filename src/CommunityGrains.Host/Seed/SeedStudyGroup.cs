namespace CommunityGrains.Host.Seed;

/// <param name="StartDay">The first simulated day its members check in.</param>
/// <param name="Diligence">Per member: the chance they check in on a given day.</param>
public sealed record SeedStudyGroup(
    string Id,
    string Name,
    string Goal,
    IReadOnlyList<SeedMember> Members,
    SeedMember? Mentor,
    int StartDay,
    IReadOnlyList<double> Diligence);
