using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Contracts.Proposals;

/// <param name="ActorId">Null when the system made the change (voting closing at its closing time).</param>
[GenerateSerializer, Immutable]
public sealed record ProposalEventView(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ProposalStatus Status,
    [property: Id(2)] string? ActorId,
    [property: Id(3)] string? Note);
