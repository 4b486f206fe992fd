using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record RegistrationView
{
    [Id(0)] public required string MemberId { get; init; }
    [Id(1)] public required RegistrationStatus Status { get; init; }
    [Id(2)] public required DateTimeOffset RegisteredAt { get; init; }
    [Id(3)] public DateTimeOffset? AttendedAt { get; init; }

    /// <summary>1-based, while WAITLISTED.</summary>
    [Id(4)] public int? WaitlistPosition { get; init; }
}
