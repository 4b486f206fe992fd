using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Members;

/// <param name="Sequence">Per member, increasing from 1; the entry's id and the basis of paging cursors.</param>
[GenerateSerializer, Immutable]
public sealed record PointsEntryView(
    [property: Id(0)] long Sequence,
    [property: Id(1)] PointAction Action,
    [property: Id(2)] int Points,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At);
