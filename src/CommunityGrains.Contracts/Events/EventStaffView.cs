using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record EventStaffView
{
    [Id(0)] public required string MemberId { get; init; }
    [Id(1)] public required EventRole Role { get; init; }
}
