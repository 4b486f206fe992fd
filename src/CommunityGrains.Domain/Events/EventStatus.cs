namespace CommunityGrains.Domain.Events;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum EventStatus
{
    Draft = 0,
    Published = 1,
    Live = 2,
    Ended = 3,
    Cancelled = 4,
}
