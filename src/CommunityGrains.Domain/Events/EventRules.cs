using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Events;

/// <summary>The limits of an event's own fields.</summary>
public static class EventRules
{
    public const int MinCapacity = 1;
    public const int MaxCapacity = 100_000;
    public const int MaxAgendaItems = 50;
    public const int MaxStaff = 50;
    public const int MaxPolls = 50;

    /// <summary>How long an issued sign-in code is accepted.</summary>
    public static readonly TimeSpan SignInCodeValidity = TimeSpan.FromMinutes(10);

    public static int Capacity(int value, string field = "input.capacity") =>
        InputLimits.Range(value, field, MinCapacity, MaxCapacity);

    public static void Times(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (endsAt <= startsAt)
        {
            throw new InvalidInputException("input.endsAt", "must be after input.startsAt.");
        }
    }

    /// <summary>A venue only means something where people come in person.</summary>
    public static string? Venue(EventFormat format, string? venue)
    {
        var text = InputLimits.Note(venue, "input.venue");
        if (format == EventFormat.Online)
        {
            return null;
        }

        if (string.IsNullOrEmpty(text))
        {
            throw new InvalidInputException("input.venue", "must not be empty for an OFFLINE or HYBRID event.");
        }

        return text;
    }

    /// <summary>Staff other than guests run the room: show the sign-in code, mark walk-ins, run polls, answer questions.</summary>
    public static bool RunsTheRoom(EventRole role) => role is not EventRole.Guest;
}
