namespace CommunityGrains.Domain.Events;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum EventRole
{
    Host = 0,
    Facilitator = 1,
    NoteTaker = 2,
    Guest = 3,
}
