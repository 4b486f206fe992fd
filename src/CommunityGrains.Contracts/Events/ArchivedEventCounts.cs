using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

/// <summary>How many ended and cancelled events one archive month holds; the index pages over months with them.</summary>
[GenerateSerializer, Immutable]
public sealed record ArchivedEventCounts([property: Id(0)] int Ended, [property: Id(1)] int Cancelled)
{
    public int Of(EventStatus? status) => status switch
    {
        null => Ended + Cancelled,
        EventStatus.Ended => Ended,
        EventStatus.Cancelled => Cancelled,
        _ => 0,
    };
}
