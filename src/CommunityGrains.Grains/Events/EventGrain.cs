using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Grains.Events;

/// <summary>
/// One event. Not reentrant: registrations, cancellations and sign-ins are decided one at a time against the counts,
/// which is what keeps 32 simultaneous registrations for 30 seats at exactly 30. Every change is written together
/// with the registrations it touched (<see cref="EventState.Pending"/>), which are then sent on; a crash in between
/// is repaired by the next call, which sends them again.
/// </summary>
public sealed partial class EventGrain : Grain, IEventGrain, IRemindable
{
    private const string ReminderName = "event-reminder";

    /// <summary>Orleans reminders take a due time below about 49 days; a later reminder is armed again when it fires.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private readonly IPersistentState<EventState> _state;
    private readonly TimeProvider _time;
    private readonly ILogger<EventGrain> _logger;
    private readonly LatestPublisher<EventView> _updates;

    public EventGrain(
        [PersistentState("event", StorageNames.Default)] IPersistentState<EventState> state,
        TimeProvider time,
        ILogger<EventGrain> logger)
    {
        _state = state;
        _time = time;
        _logger = logger;
        _updates = new LatestPublisher<EventView>(this, NotificationTopics.EventUpdates, () => Task.FromResult(View()));
    }

    private EventState S => _state.State;
    private CreateEvent Details => S.Created!;
    private string CommunityId => this.Key().CommunityId;
    private string EventId => this.Key().OwnId;

    async Task<EventView> IEventGrain.Create(Actor actor, CreateEvent create)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        var valid = Validate(create);
        if (S.Exists)
        {
            if (S.CreatedBy != actor.MemberId || !SameInput(Details, valid))
            {
                throw DomainException.Conflict($"input.id: event '{EventId}' already exists.");
            }

            await CompleteEffects();
            return View();
        }

        // Listed before it is stored, so a full index refuses the event before anything exists.
        await Index.Upsert(new EventIndexEntry { EventId = EventId, Status = EventStatus.Draft, StartsAt = valid.StartsAt, Version = 0 });
        S.Exists = true;
        S.CreatedBy = actor.MemberId;
        S.Created = valid;
        S.Status = EventStatus.Draft;
        S.IndexPending = true;
        await Commit([]);
        return View();
    }

    async Task<EventView> IEventGrain.Transition(Actor actor, EventCommand command, string? reason)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        await RequireExisting();
        var next = EventLifecycle.Next(S.Status, command);
        if (command == EventCommand.Cancel)
        {
            S.CancelReason = InputLimits.Text(reason, "reason", 1, InputLimits.MaxNoteLength);
        }

        var now = _time.GetUtcNow();
        S.Status = next;
        S.IndexPending = true;
        S.PollsToClose = EventLifecycle.IsOver(next) && S.Polls.Count > 0;
        if (next == EventStatus.Published)
        {
            S.ReminderAt = EventReminder.DueAt(Details.StartsAt, now);
        }

        if (next == EventStatus.Ended)
        {
            S.Announcements.Add(EventAnnouncements.Ended(EventId, now));
        }

        await Commit([]);
        await ArmReminder();
        return View();
    }

    async Task<EventView> IEventGrain.AssignStaff(Actor actor, string memberId, EventRole role)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        await RequireExisting();
        if (EventLifecycle.IsOver(S.Status))
        {
            throw DomainException.BadInput($"eventId: the event is {EventLifecycle.Name(S.Status)}; its staff can no longer change.");
        }

        var id = InputLimits.Id(memberId, "input.memberId");
        if (await Member(id).Get() is null)
        {
            throw DomainException.NotFound($"input.memberId: '{id}' is not a member of this community.");
        }

        if (!S.Staff.ContainsKey(id) && S.Staff.Count >= EventRules.MaxStaff)
        {
            throw DomainException.BadInput($"input.memberId: an event has at most {EventRules.MaxStaff} staff.");
        }

        S.Staff[id] = role;
        await Commit([]);
        return View();
    }

    async Task<EventView?> IEventGrain.Get(Actor actor)
    {
        if (!S.Exists || !actor.IsIn(CommunityId) || !MaySee(actor))
        {
            return null;
        }

        await RemindIfDue();
        return View();
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!S.Exists)
        {
            return;
        }

        await RemindIfDue();
        await ArmReminder();
    }

    Task<EventStatus> IEventGrain.RequireStaff(Actor actor)
    {
        actor.RequireIn(CommunityId);
        if (!S.Exists)
        {
            throw DomainException.NotFound($"Event '{EventId}' does not exist.");
        }

        RequireRunsTheRoom(actor);
        return Task.FromResult(S.Status);
    }

    async Task IEventGrain.AddPoll(Actor actor, string pollId)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireRunsTheRoom(actor);
        if (S.Polls.Contains(pollId))
        {
            return;
        }

        if (EventLifecycle.IsOver(S.Status))
        {
            throw DomainException.BadInput($"input.eventId: the event is {EventLifecycle.Name(S.Status)}; no poll can be added.");
        }

        if (S.Polls.Count >= EventRules.MaxPolls)
        {
            throw DomainException.BadInput($"input.eventId: an event has at most {EventRules.MaxPolls} polls.");
        }

        S.Polls.Add(pollId);
        await Commit([]);
    }

    private static CreateEvent Validate(CreateEvent create)
    {
        EventRules.Times(create.StartsAt, create.EndsAt);
        if (create.Agenda.Count > EventRules.MaxAgendaItems)
        {
            throw new InvalidInputException("input.agenda", $"must have at most {EventRules.MaxAgendaItems} items.");
        }

        return new CreateEvent
        {
            Title = InputLimits.Title(create.Title, "input.title"),
            Description = string.IsNullOrWhiteSpace(create.Description) ? null : InputLimits.Body(create.Description, "input.description"),
            Format = Enum.IsDefined(create.Format) ? create.Format : throw new InvalidInputException("input.format", "is not a known format."),
            StartsAt = create.StartsAt.ToUniversalTime(),
            EndsAt = create.EndsAt.ToUniversalTime(),
            Venue = EventRules.Venue(create.Format, create.Venue),
            Capacity = EventRules.Capacity(create.Capacity),
            Agenda = create.Agenda
                .Select((item, i) => new AgendaItem { StartsAt = item.StartsAt.ToUniversalTime(), Title = InputLimits.Title(item.Title, $"input.agenda[{i}].title") })
                .OrderBy(item => item.StartsAt)
                .ToList(),
        };
    }

    private static bool SameInput(CreateEvent stored, CreateEvent retry) =>
        stored with { Agenda = [] } == retry with { Agenda = [] } && stored.Agenda.SequenceEqual(retry.Agenda);

    /// <summary>Drafts are the organisers' until published.</summary>
    private bool MaySee(Actor actor) =>
        S.Status != EventStatus.Draft || actor.IsAtLeast(Role.Moderator) || S.Staff.ContainsKey(actor.MemberId);

    private EventView View() => new()
    {
        Id = EventId,
        Title = Details.Title,
        Description = Details.Description,
        Format = Details.Format,
        Status = S.Status,
        StartsAt = Details.StartsAt,
        EndsAt = Details.EndsAt,
        Venue = Details.Venue,
        Capacity = Details.Capacity,
        Agenda = Details.Agenda,
        Registered = S.Seated,
        Waitlisted = S.Waitlisted,
        Attended = S.Attended,
        Staff = S.Staff.Select(s => new EventStaffView { MemberId = s.Key, Role = s.Value }).ToList(),
        PollIds = S.Polls.ToList(),
        CancelReason = S.CancelReason,
    };

    private async Task Commit(List<PendingRegistration> changed)
    {
        S.Version++;
        S.Pending = changed;

        // If this write fails, StorageFaultCallFilter deactivates the grain so no call acts on the unstored change.
        await _state.WriteStateAsync();
        await CompleteEffects();
        _updates.Changed();
    }

    /// <summary>
    /// Sends what the last write recorded. Clearing it is stored with the next change rather than by a write of its
    /// own: until then a reactivation sends the same rows again, and each receiver takes them as they are.
    /// </summary>
    private async Task CompleteEffects()
    {
        var pending = S.Pending;
        if (pending.Count > 0)
        {
            await Task.WhenAll(pending.Select(Deliver));
            S.Pending = [];
        }

        if (S.IndexPending)
        {
            await Index.Upsert(new EventIndexEntry { EventId = EventId, Status = S.Status, StartsAt = Details.StartsAt, Version = S.Version });
            S.IndexPending = false;
            await _state.WriteStateAsync();
        }

        if (S.PollsToClose)
        {
            await Task.WhenAll(S.Polls.Select(p => GrainFactory.Reference<IPollGrain>(GrainKeys.Of(CommunityId, p)).CloseWithEvent()));
            S.PollsToClose = false;
            await _state.WriteStateAsync();
        }

        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
    }

    /// <summary>
    /// The deadline lives in state and is checked on every access and by the reminder, so a reminder lost with a host
    /// (in-memory reminders in embedded mode) is made up by the next read of the event. The fan-out is keyed by the
    /// event, so the registered members are told once.
    /// </summary>
    private async Task RemindIfDue()
    {
        if (!EventReminder.IsDue(S.Status, S.ReminderAt, Details.StartsAt, _time.GetUtcNow()))
        {
            return;
        }

        S.ReminderAt = null;
        S.Announcements.Add(EventAnnouncements.Reminder(EventId, Details.Title));
        await _state.WriteStateAsync();
        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
    }

    /// <summary>Keeps an Orleans reminder while a reminder of the members is ahead, and drops it afterwards.</summary>
    private async Task ArmReminder()
    {
        var pending = S.Status == EventStatus.Published && S.ReminderAt is not null;
        if (pending)
        {
            var wait = S.ReminderAt!.Value - _time.GetUtcNow();
            var due = wait < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait > LongestWait ? LongestWait : wait;
            await this.RegisterOrUpdateReminder(ReminderName, due, TimeSpan.FromHours(1));
        }
        else if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task Deliver(PendingRegistration change)
    {
        var row = change.Row;
        await Task.WhenAll(
            Page(EventRegistrations.PageOf(row.Seq)).Put(row),
            Registration(row.MemberId).Put(row),
            GrainFactory.Reference<IMemberEventsGrain>(GrainKeys.Of(CommunityId, row.MemberId)).Add(EventId));
        if (row.Status == RegistrationStatus.Attended)
        {
            // Once per member and event whatever the retries: the member grain applies a key once.
            await Member(row.MemberId).Award(new PointAward($"event:{EventId}:attended", Domain.Members.PointAction.EventAttended, SystemText.Of(Domain.Members.SystemTextKind.AttendedEvent, Details.Title)));
        }

        if (change.Promoted)
        {
            await WaitlistPromoted(row);
        }
    }

    /// <summary>
    /// The one place where the first on the waitlist has just been given a seat: the member is told. Reached again after
    /// a crash (the pending row is sent until the next change clears it), so the notification is keyed by event, member
    /// and sequence and the inbox raises it once.
    /// </summary>
    private Task WaitlistPromoted(RegistrationRow promoted)
    {
        _logger.LogInformation("Event {EventId}: registration {Seq} was promoted from the waitlist.", EventId, promoted.Seq);
        return Announcer.Send(GrainFactory, CommunityId, EventAnnouncements.Promoted(EventId, Details.Title, promoted));
    }

    private async Task RequireExisting()
    {
        if (!S.Exists)
        {
            throw DomainException.NotFound($"Event '{EventId}' does not exist.");
        }

        await CompleteEffects();
    }

    private void RequireRunsTheRoom(Actor actor)
    {
        if (!actor.IsAtLeast(Role.Moderator) && !(S.Staff.TryGetValue(actor.MemberId, out var role) && EventRules.RunsTheRoom(role)))
        {
            throw DomainException.Forbidden("Only a moderator or the event's staff (host, facilitator, note-taker) can do this.");
        }
    }

    private IEventIndexGrain Index => GrainFactory.Reference<IEventIndexGrain>(CommunityId);

    private IMemberGrain Member(string memberId) => GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId));

    private IEventRegistrationPageGrain Page(long page) =>
        GrainFactory.Reference<IEventRegistrationPageGrain>(EventRegistrations.PageKey(CommunityId, EventId, page));

    private IEventRegistrationGrain Registration(string memberId) =>
        GrainFactory.Reference<IEventRegistrationGrain>(GrainKeys.Of(CommunityId, EventId, memberId));
}
