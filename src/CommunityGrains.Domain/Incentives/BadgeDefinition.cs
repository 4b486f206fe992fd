namespace CommunityGrains.Domain.Incentives;

public sealed record BadgeDefinition(string Id, string Name, string Description, bool Automatic);
