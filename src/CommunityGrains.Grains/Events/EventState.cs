using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Grains.Events;

/// <summary>
/// Bounded whatever the number of registrations: details, counts, the sequence of the next registration and where
/// the waitlist starts. The registrations themselves live in pages and in one record per member.
/// </summary>
[GenerateSerializer]
public sealed class EventState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string CreatedBy { get; set; } = "";
    [Id(2)] public CreateEvent? Created { get; set; }
    [Id(3)] public EventStatus Status { get; set; }
    [Id(4)] public string? CancelReason { get; set; }
    [Id(5)] public Dictionary<string, EventRole> Staff { get; set; } = [];

    /// <summary>Members REGISTERED or ATTENDED: the seats taken.</summary>
    [Id(6)] public int Seated { get; set; }

    [Id(7)] public int Waitlisted { get; set; }
    [Id(8)] public int Attended { get; set; }
    [Id(9)] public int Cancelled { get; set; }
    [Id(10)] public long NextSeq { get; set; }

    /// <summary>No WAITLISTED registration has a lower sequence: the search for the first on the waitlist starts here.</summary>
    [Id(11)] public long WaitlistFrom { get; set; }

    /// <summary>The current code and the one before it, each valid until its own expiry, so a rotation rejects no one mid-scan.</summary>
    [Id(12)] public List<IssuedCode> Codes { get; set; } = [];

    [Id(13)] public List<string> Polls { get; set; } = [];

    /// <summary>
    /// The registrations the last command changed, written with it and then sent to their page, their member record
    /// and (for attendance) the member's points. They are sent again after a crash; every receiver takes them as they are.
    /// </summary>
    [Id(14)] public List<PendingRegistration> Pending { get; set; } = [];

    /// <summary>Rises with every change, so the community's index can ignore a stale entry.</summary>
    [Id(15)] public long Version { get; set; }

    /// <summary>Set when the event ended or was cancelled, cleared once every open poll was closed.</summary>
    [Id(16)] public bool PollsToClose { get; set; }

    /// <summary>Set with a change the community's event list must show (creation, status), cleared once it has it.</summary>
    [Id(17)] public bool IndexPending { get; set; }

    /// <summary>Notifications and webhook events of the last changes, sent with the other effects (see Announcer).</summary>
    [Id(18)] public List<Contracts.Notifications.Announcement> Announcements { get; set; } = [];

    /// <summary>When the registered members are reminded (<see cref="EventReminder"/>); null once reminded or when there is none.</summary>
    [Id(19)] public DateTimeOffset? ReminderAt { get; set; }
}

[GenerateSerializer, Immutable]
public sealed record IssuedCode
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required DateTimeOffset ExpiresAt { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record PendingRegistration
{
    [Id(0)] public required RegistrationRow Row { get; init; }
    /// <summary>Moved from the waitlist to a seat by someone's cancellation.</summary>
    [Id(1)] public bool Promoted { get; init; }
}
