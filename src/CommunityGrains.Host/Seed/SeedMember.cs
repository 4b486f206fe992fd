using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Host.Seed;

public sealed record SeedMember(string Id, string DisplayName, IReadOnlyList<string> Interests, Role Role);
