using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Host.Seed;

public sealed record SeedMember(string Id, string DisplayName, IReadOnlyList<string> Interests, MemberSegment Segment, Role Role);
