namespace CommunityGrains.Domain.Events;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum EventFormat
{
    Offline = 0,
    Online = 1,
    Hybrid = 2,
}
