using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Events;

/// <summary>Key: community/event. One event: its lifecycle, seats and waitlist counts, staff, sign-in codes and polls.</summary>
public interface IEventGrain : IGrainWithStringKey
{
    /// <summary>MODERATOR. A retry with the same id and input by the same moderator returns the event.</summary>
    Task<EventView> Create(Actor actor, CreateEvent create);

    /// <summary>MODERATOR: publish, start, end or cancel.</summary>
    Task<EventView> Transition(Actor actor, EventCommand command, string? reason);

    /// <summary>MODERATOR.</summary>
    Task<EventView> AssignStaff(Actor actor, string memberId, EventRole role);

    /// <summary>Null when the event does not exist, or is a draft and the actor is not a moderator.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<EventView?> Get(Actor actor);

    Task<RegistrationView> Register(Actor actor);

    Task<RegistrationView> CancelRegistration(Actor actor);

    [Orleans.Concurrency.ReadOnly]
    Task<RegistrationView?> RegistrationOf(Actor actor);

    /// <summary>MODERATOR: in registration order.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<Page<RegistrationView>> Registrations(Actor actor, RegistrationStatus? status, int first, string? after);

    /// <summary>MODERATOR or staff who run the room.</summary>
    Task<SignInCodeView> IssueSignInCode(Actor actor);

    Task<RegistrationView> SignIn(Actor actor, string code);

    /// <summary>MODERATOR or staff who run the room: a walk-in is registered and attended at once.</summary>
    Task<RegistrationView> MarkAttendance(Actor actor, string memberId);

    /// <summary>Refuses (FORBIDDEN) unless the actor is a moderator or runs the room; returns the event's status.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<EventStatus> RequireStaff(Actor actor);

    /// <summary>Lists a poll on the event; listing it again is harmless.</summary>
    Task AddPoll(Actor actor, string pollId);
}
