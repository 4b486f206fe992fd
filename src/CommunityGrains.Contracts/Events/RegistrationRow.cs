using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

/// <summary>
/// One registration as stored in its page and in the member's registration record. <see cref="Seq"/> is the arrival
/// order, given by the event grain; a member who cancels and registers again gets a new one, at the back.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationRow
{
    [Id(0)] public required long Seq { get; init; }
    [Id(1)] public required string MemberId { get; init; }
    [Id(2)] public required RegistrationStatus Status { get; init; }
    [Id(3)] public required DateTimeOffset RegisteredAt { get; init; }
    [Id(4)] public DateTimeOffset? AttendedAt { get; init; }
}
