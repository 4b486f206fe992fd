namespace CommunityGrains.Domain.Members;

public sealed record TierDefinition(string Name, int MinLifetimePoints, IReadOnlyList<string> Perks);
