using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Domain.Events;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class EventFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<EventType>("event")
            .Description("One event of the token's community; null when there is none with this id or it is a DRAFT and the caller is neither a moderator nor on its staff.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The event's id.")
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("id")).Get(c.Actor()));

        query.Field<NonNullGraphType<ConnectionType<EventType, EventView>>>("events")
            .Description("Upcoming and live events first, then past ones.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<EventStatusType>("status", "Only events in this status; all the caller may see when omitted.")
            .ResolveAsync(async c =>
            {
                var actor = c.Actor();
                var ids = await c.Grains().Reference<IEventIndexGrain>(actor.CommunityId)
                    .List(actor.IsAtLeast(Role.Moderator), c.GetArgument<EventStatus?>("status"), c.GetArgument<int>("first"), c.GetArgument<string?>("after"));
                var events = await Task.WhenAll(ids.Items.Select(async item => (item.Cursor, View: await Event(c, item.Node).Get(actor))));
                return new Page<EventView>(
                    events.Where(e => e.View is not null).Select(e => new PageItem<EventView>(e.Cursor, e.View!)).ToList(),
                    ids.HasNextPage,
                    ids.TotalCount);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("myEvents")
            .Description("The events the caller is registered, waitlisted or signed in for, soonest first.")
            .ResolveAsync(async c =>
            {
                var actor = c.Actor();
                var ids = await c.Grains().Reference<IMemberEventsGrain>(GrainKeys.Of(actor.CommunityId, actor.MemberId)).EventIds();
                var events = await Task.WhenAll(ids.Select(async id =>
                {
                    var grain = Event(c, id);
                    return (View: await grain.Get(actor), Registration: await grain.RegistrationOf(actor));
                }));
                return events
                    .Where(e => e.View is not null && e.Registration is { Status: not RegistrationStatus.Cancelled })
                    .Select(e => e.View!)
                    .OrderBy(e => EventLifecycle.IsOver(e.Status))
                    .ThenBy(e => e.StartsAt)
                    .ToList();
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EventType>>("createEvent")
            .Description("MODERATOR.")
            .Argument<NonNullGraphType<CreateEventInputType>>("input", "The event's content.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateEventInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await Event(c, id).Create(c.Actor(), new CreateEvent
                {
                    Title = input.Title,
                    Description = input.Description,
                    Format = input.Format,
                    StartsAt = input.StartsAt,
                    EndsAt = input.EndsAt,
                    Venue = input.Venue,
                    Capacity = input.Capacity,
                    Agenda = (input.Agenda ?? []).Select(a => new AgendaItem { StartsAt = a.StartsAt, Title = a.Title }).ToList(),
                });
            });

        AddTransition(mutation, "publishEvent", EventCommand.Publish, "MODERATOR: DRAFT -> PUBLISHED (registration opens).");
        AddTransition(mutation, "startEvent", EventCommand.Start, "MODERATOR: PUBLISHED -> LIVE; sign-in opens.");
        AddTransition(mutation, "endEvent", EventCommand.End, "MODERATOR: LIVE -> ENDED; open polls close.");

        mutation.Field<NonNullGraphType<EventType>>("cancelEvent")
            .Description("MODERATOR: registrations are kept and marked CANCELLED.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The event to cancel.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is cancelled, at most 2000 characters.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("eventId"), "eventId")
                .Transition(c.Actor(), EventCommand.Cancel, c.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<EventType>>("assignEventStaff")
            .Description("MODERATOR.")
            .Argument<NonNullGraphType<AssignEventStaffInputType>>("input", "The event, the member and their role.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AssignEventStaffInput>("input");
                return await Event(c, input.EventId, "input.eventId").AssignStaff(c.Actor(), GatewayIds.Check(input.MemberId, "input.memberId"), input.Role);
            });

        mutation.Field<NonNullGraphType<RegistrationType>>("registerForEvent")
            .Description("Idempotent; past capacity the caller is WAITLISTED.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "A PUBLISHED or LIVE event.")
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("eventId"), "eventId").Register(c.Actor()));

        mutation.Field<NonNullGraphType<RegistrationType>>("cancelRegistration")
            .Description("Frees the seat; the first on the waitlist is promoted to REGISTERED.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The event the caller registered for.")
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("eventId"), "eventId").CancelRegistration(c.Actor()));

        mutation.Field<NonNullGraphType<SignInCodeType>>("issueSignInCode")
            .Description("MODERATOR or event staff: a fresh sign-in code for the venue screen (QR payload), valid 10 minutes.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "A PUBLISHED or LIVE event.")
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("eventId"), "eventId").IssueSignInCode(c.Actor()));

        mutation.Field<NonNullGraphType<RegistrationType>>("signInToEvent")
            .Description("A registered member signs in with the current code while the event is LIVE; once per member (EVENT_ATTENDED points once).")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The LIVE event.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code shown at the venue.")
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("eventId"), "eventId").SignIn(c.Actor(), c.GetArgument<string>("code")));

        mutation.Field<NonNullGraphType<RegistrationType>>("markAttendance")
            .Description("MODERATOR or event staff: marks attendance by hand, e.g. for a walk-in who registers at the door.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The LIVE event.")
            .Argument<NonNullGraphType<IdGraphType>>("memberId", "The member who is present.")
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("eventId"), "eventId")
                .MarkAttendance(c.Actor(), GatewayIds.Check(c.GetArgument<string>("memberId"), "memberId")));
    }

    private static void AddTransition(ObjectGraphType mutation, string name, EventCommand command, string description) =>
        mutation.Field<NonNullGraphType<EventType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The event to move.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Event(c, c.GetArgument<string>("eventId"), "eventId").Transition(c.Actor(), command, null));

    private static IEventGrain Event(IResolveFieldContext context, string id, string field = "id") => context.Grain<IEventGrain>(id, field);
}
