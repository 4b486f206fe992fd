using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Grains.Events;

public sealed partial class EventGrain
{
    private const string RegistrationCursorKind = "registration";

    async Task<RegistrationView> IEventGrain.Register(Actor actor)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        EventLifecycle.Next(S.Status, EventCommand.Register);
        await Member(actor.MemberId).GetJoined();
        var current = await Registration(actor.MemberId).Get();
        if (current is { Status: not RegistrationStatus.Cancelled })
        {
            return await ViewOf(current);
        }

        var seated = S.Seated < Details.Capacity;
        var row = new RegistrationRow
        {
            Seq = S.NextSeq++,
            MemberId = actor.MemberId,
            Status = seated ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted,
            RegisteredAt = _time.GetUtcNow(),
        };
        if (seated)
        {
            S.Seated++;
        }
        else
        {
            S.Waitlisted++;
        }

        await Commit([new PendingRegistration { Row = row }]);
        return await ViewOf(row);
    }

    async Task<RegistrationView> IEventGrain.CancelRegistration(Actor actor)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        var current = await Registration(actor.MemberId).Get()
            ?? throw DomainException.NotFound("eventId: you are not registered for this event.");
        switch (current.Status)
        {
            case RegistrationStatus.Cancelled:
                return await ViewOf(current);
            case RegistrationStatus.Attended:
                throw DomainException.BadInput("eventId: you have already attended this event; there is nothing to cancel.");
        }

        if (EventLifecycle.IsOver(S.Status))
        {
            throw DomainException.BadInput($"eventId: the event is {EventLifecycle.Name(S.Status)}; registrations no longer change.");
        }

        var cancelled = current with { Status = RegistrationStatus.Cancelled };
        List<PendingRegistration> changed = [new() { Row = cancelled }];
        S.Cancelled++;
        if (current.Status == RegistrationStatus.Waitlisted)
        {
            S.Waitlisted--;
        }
        else if (await FirstWaitlisted() is { } first)
        {
            changed.Add(new PendingRegistration { Row = first with { Status = RegistrationStatus.Registered }, Promoted = true });
            S.Waitlisted--;
            S.WaitlistFrom = first.Seq + 1;
        }
        else
        {
            S.Seated--;
        }

        await Commit(changed);
        return await ViewOf(cancelled);
    }

    async Task<RegistrationView?> IEventGrain.RegistrationOf(Actor actor)
    {
        if (!S.Exists || !actor.IsIn(CommunityId))
        {
            return null;
        }

        return await Registration(actor.MemberId).Get() is { } row ? await ViewOf(row) : null;
    }

    async Task<Page<RegistrationView>> IEventGrain.Registrations(Actor actor, RegistrationStatus? status, int first, string? after)
    {
        actor.RequireIn(CommunityId);
        actor.Require(Role.Moderator);
        var size = InputLimits.PageSize(first);
        var from = after is null ? 0 : Cursor.DecodeNumber(RegistrationCursorKind, after) + 1;
        var items = new List<PageItem<RegistrationView>>();
        var hasNext = false;
        var waitlistAhead = from > S.WaitlistFrom ? await WaitlistPosition(from) - 1 : 0;
        for (var page = EventRegistrations.PageOf(from); from < S.NextSeq && page <= EventRegistrations.PageOf(S.NextSeq - 1) && !hasNext; page++)
        {
            foreach (var row in (await Page(page).Rows()).Where(r => r.Seq >= from).OrderBy(r => r.Seq))
            {
                var shown = Shown(row);
                int? position = shown.Status == RegistrationStatus.Waitlisted ? ++waitlistAhead : null;
                if (status is { } wanted && shown.Status != wanted)
                {
                    continue;
                }

                if (items.Count == size)
                {
                    hasNext = true;
                    break;
                }

                items.Add(new PageItem<RegistrationView>(Cursor.Encode(RegistrationCursorKind, row.Seq), View(shown, position)));
            }
        }

        return new Page<RegistrationView>(items, hasNext, TotalOf(status));
    }

    async Task<SignInCodeView> IEventGrain.IssueSignInCode(Actor actor)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireRunsTheRoom(actor);
        if (S.Status is not (EventStatus.Published or EventStatus.Live))
        {
            throw DomainException.BadInput($"eventId: the event is {EventLifecycle.Name(S.Status)}; sign-in codes are for PUBLISHED and LIVE events.");
        }

        var code = new IssuedCode { Code = SignInCodes.New(), ExpiresAt = _time.GetUtcNow() + EventRules.SignInCodeValidity };
        S.Codes = [.. S.Codes.TakeLast(1), code];
        await Commit([]);
        return new SignInCodeView { Code = code.Code, ExpiresAt = code.ExpiresAt };
    }

    async Task<RegistrationView> IEventGrain.SignIn(Actor actor, string code)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        EventLifecycle.Next(S.Status, EventCommand.SignIn);
        var now = _time.GetUtcNow();
        if (!S.Codes.Any(c => c.ExpiresAt > now && SignInCodes.Matches(c.Code, code)))
        {
            throw DomainException.BadInput("code: the sign-in code is wrong or has expired; scan the code on the venue screen again.");
        }

        var current = await Registration(actor.MemberId).Get();
        switch (current?.Status)
        {
            case RegistrationStatus.Attended:
                return await ViewOf(current);
            case RegistrationStatus.Waitlisted:
                throw DomainException.Forbidden("You are on the waitlist, not registered, for this event; ask the staff at the door to let you in.");
            case null or RegistrationStatus.Cancelled:
                throw DomainException.Forbidden("You are not registered for this event; ask the staff at the door to sign you in as a walk-in.");
        }

        var attended = current with { Status = RegistrationStatus.Attended, AttendedAt = now };
        S.Attended++;
        await Commit([new PendingRegistration { Row = attended }]);
        return await ViewOf(attended);
    }

    async Task<RegistrationView> IEventGrain.MarkAttendance(Actor actor, string memberId)
    {
        actor.RequireIn(CommunityId);
        await RequireExisting();
        RequireRunsTheRoom(actor);
        EventLifecycle.Next(S.Status, EventCommand.SignIn);
        var id = InputLimits.Id(memberId, "memberId");
        if (await Member(id).Get() is null)
        {
            throw DomainException.NotFound($"memberId: '{id}' is not a member of this community.");
        }

        var now = _time.GetUtcNow();
        var current = await Registration(id).Get();
        RegistrationRow attended;
        switch (current?.Status)
        {
            case RegistrationStatus.Attended:
                return await ViewOf(current);
            case RegistrationStatus.Registered:
                attended = current with { Status = RegistrationStatus.Attended, AttendedAt = now };
                break;
            case RegistrationStatus.Waitlisted:
                // Present in the room: a seat whatever the waitlist, and the waitlist shortens by one.
                attended = current with { Status = RegistrationStatus.Attended, AttendedAt = now };
                S.Waitlisted--;
                S.Seated++;
                break;
            default:
                attended = new RegistrationRow { Seq = S.NextSeq++, MemberId = id, Status = RegistrationStatus.Attended, RegisteredAt = now, AttendedAt = now };
                S.Seated++;
                break;
        }

        S.Attended++;
        await Commit([new PendingRegistration { Row = attended }]);
        return await ViewOf(attended);
    }

    /// <summary>The lowest WAITLISTED registration, read page by page from where the waitlist starts.</summary>
    private async Task<RegistrationRow?> FirstWaitlisted()
    {
        if (S.Waitlisted == 0)
        {
            return null;
        }

        for (var page = EventRegistrations.PageOf(S.WaitlistFrom); page <= EventRegistrations.PageOf(S.NextSeq - 1); page++)
        {
            var first = (await Page(page).Rows())
                .Where(r => r.Seq >= S.WaitlistFrom && r.Status == RegistrationStatus.Waitlisted)
                .MinBy(r => r.Seq);
            if (first is not null)
            {
                return first;
            }
        }

        return null;
    }

    private async Task<RegistrationView> ViewOf(RegistrationRow row)
    {
        var shown = Shown(row);
        return View(shown, shown.Status == RegistrationStatus.Waitlisted ? await WaitlistPosition(row.Seq) : null);
    }

    /// <summary>1 + the WAITLISTED registrations that arrived before, counted in the pages between the start of the waitlist and this one.</summary>
    private async Task<int> WaitlistPosition(long seq)
    {
        var ahead = 0;
        for (var page = EventRegistrations.PageOf(S.WaitlistFrom); page <= EventRegistrations.PageOf(seq); page++)
        {
            ahead += (await Page(page).Rows()).Count(r => r.Seq >= S.WaitlistFrom && r.Seq < seq && r.Status == RegistrationStatus.Waitlisted);
        }

        return ahead + 1;
    }

    /// <summary>A cancelled event keeps its registrations, shown CANCELLED, without rewriting every one of them.</summary>
    private RegistrationRow Shown(RegistrationRow row) =>
        S.Status == EventStatus.Cancelled && row.Status != RegistrationStatus.Attended ? row with { Status = RegistrationStatus.Cancelled } : row;

    private static RegistrationView View(RegistrationRow row, int? waitlistPosition) => new()
    {
        MemberId = row.MemberId,
        Status = row.Status,
        RegisteredAt = row.RegisteredAt,
        AttendedAt = row.AttendedAt,
        WaitlistPosition = waitlistPosition,
    };

    private int TotalOf(RegistrationStatus? status) => (S.Status, status) switch
    {
        (EventStatus.Cancelled, RegistrationStatus.Cancelled) => (int)S.NextSeq - S.Attended,
        (EventStatus.Cancelled, RegistrationStatus.Registered or RegistrationStatus.Waitlisted) => 0,
        (_, null) => (int)S.NextSeq,
        (_, RegistrationStatus.Registered) => S.Seated - S.Attended,
        (_, RegistrationStatus.Waitlisted) => S.Waitlisted,
        (_, RegistrationStatus.Attended) => S.Attended,
        _ => S.Cancelled,
    };
}
