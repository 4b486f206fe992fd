namespace CommunityGrains.Domain.Events;

/// <summary>
/// When the registered members are reminded of an event (EVENT_REMINDER): a day before it starts, once, while it is
/// PUBLISHED. An event published less than a day before its start gets no reminder: its members registered just now.
/// </summary>
public static class EventReminder
{
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(1);

    /// <summary>The reminder's time for an event published at <paramref name="now"/>, or null when there is none.</summary>
    public static DateTimeOffset? DueAt(DateTimeOffset startsAt, DateTimeOffset now) => startsAt - Ahead > now ? startsAt - Ahead : null;

    public static bool IsDue(EventStatus status, DateTimeOffset? dueAt, DateTimeOffset startsAt, DateTimeOffset now) =>
        status == EventStatus.Published && dueAt is { } due && now >= due && now < startsAt;
}
