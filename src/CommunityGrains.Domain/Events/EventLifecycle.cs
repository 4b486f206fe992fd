using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Events;

/// <summary>
/// The transition table of an event, in one place: DRAFT → PUBLISHED → LIVE → ENDED, or CANCELLED before it ends.
/// Anything not listed is refused with a message naming the current status.
/// </summary>
public static class EventLifecycle
{
    public static EventStatus Next(EventStatus current, EventCommand command) =>
        TryNext(current, command) ?? throw Refused(current, command);

    public static bool Allows(EventStatus current, EventCommand command) => TryNext(current, command) is not null;

    /// <summary>Upcoming and live events: staff roles and polls can still be set up.</summary>
    public static bool IsOver(EventStatus status) => status is EventStatus.Ended or EventStatus.Cancelled;

    private static EventStatus? TryNext(EventStatus current, EventCommand command) => (current, command) switch
    {
        (EventStatus.Draft, EventCommand.Publish) => EventStatus.Published,
        (EventStatus.Published, EventCommand.Start) => EventStatus.Live,
        (EventStatus.Live, EventCommand.End) => EventStatus.Ended,
        (EventStatus.Draft or EventStatus.Published or EventStatus.Live, EventCommand.Cancel) => EventStatus.Cancelled,
        (EventStatus.Published or EventStatus.Live, EventCommand.Register) => current,
        (EventStatus.Live, EventCommand.SignIn) => current,
        _ => (EventStatus?)null,
    };

    public static string Name(EventStatus status) => status switch
    {
        EventStatus.Draft => "DRAFT",
        EventStatus.Published => "PUBLISHED",
        EventStatus.Live => "LIVE",
        EventStatus.Ended => "ENDED",
        _ => "CANCELLED",
    };

    private static InvalidInputException Refused(EventStatus current, EventCommand command) =>
        new("eventId", $"the event is {Name(current)}; {Verb(command)} is not possible now.");

    private static string Verb(EventCommand command) => command switch
    {
        EventCommand.Publish => "publishing",
        EventCommand.Start => "starting",
        EventCommand.End => "ending",
        EventCommand.Cancel => "cancelling",
        EventCommand.Register => "registering",
        _ => "signing in (open while the event is LIVE)",
    };
}
