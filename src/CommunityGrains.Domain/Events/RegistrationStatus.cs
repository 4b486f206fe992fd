namespace CommunityGrains.Domain.Events;

/// <summary>Stored: values are explicit and only ever appended.</summary>
public enum RegistrationStatus
{
    Registered = 0,
    Waitlisted = 1,
    Cancelled = 2,
    Attended = 3,
}
