using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Contracts.Questions;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Domain.Events;
using CommunityGrains.Domain.Questions;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Feedback;
using CommunityGrains.Gateway.Polls;
using CommunityGrains.Gateway.Questions;
using CommunityGrains.Gateway.Schema;
using CommunityGrains.Gateway.Surveys;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class EventType : ObjectGraphType<EventView>
{
    public EventType()
    {
        Name = "Event";
        Description = "A meetup of the community, offline, online or hybrid: registration with a waitlist, sign-in at the venue, live polls, questions, surveys and feedback.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the event.").Resolve(c => c.Source.Id);
        Field(x => x.Title).Description("Short title, at most 200 characters.");
        Field(x => x.Description, nullable: true).Description("Longer text about the event, at most 5000 characters; null when none was given.");
        Field<NonNullGraphType<EventFormatType>>("format").Description("OFFLINE, ONLINE or HYBRID.").Resolve(c => c.Source.Format);
        Field<NonNullGraphType<EventStatusType>>("status").Description("Current status; moderators move it along.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("startsAt").Description("When the event starts.").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("endsAt").Description("When the event ends.").Resolve(c => c.Source.EndsAt);
        Field(x => x.Venue, nullable: true).Description("Venue text for OFFLINE/HYBRID; null for ONLINE.");
        Field(x => x.Capacity).Description("Seats; registrations past it are WAITLISTED in order and promoted when someone cancels.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgendaItemType>>>>("agenda").Description("The programme, in the order it was given.").Resolve(c => c.Source.Agenda);
        Field(x => x.Registered).Description("Seats taken: members REGISTERED or ATTENDED.");
        Field(x => x.Waitlisted).Description("Members on the waitlist.");
        Field(x => x.Attended).Description("Members who signed in or were marked present.");
        Field<RegistrationType>("myRegistration")
            .Description("The caller's own registration, null if none.")
            .ResolveAsync(async c => await Grain(c).RegistrationOf(c.Actor()));
        Field<NonNullGraphType<ConnectionType<RegistrationType, RegistrationView>>>("registrations")
            .Description("MODERATOR: everyone registered, in registration order.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<RegistrationStatusType>("status", "Only registrations in this status; all when omitted.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Grain(c).Registrations(
                c.Actor(), c.GetArgument<RegistrationStatus?>("status"), c.GetArgument<int>("first"), c.GetArgument<string?>("after")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventStaffType>>>>("staff").Description("The members a moderator assigned to run the event, with their roles.").Resolve(c => c.Source.Staff);
        Field<NonNullGraphType<ConnectionType<QuestionType, QuestionView>>>("questions")
            .Description("Questions asked at the event; TOP orders by upvotes, NEWEST by time asked.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<QuestionOrderType>("orderBy", "TOP (most upvoted first) or NEWEST.", a => a.DefaultValue = QuestionOrder.Top)
            .ResolveAsync(async c => await QuestionFields.Of(c, c.Source.Id, c.GetArgument<QuestionOrder>("orderBy"), c.GetArgument<int>("first"), c.GetArgument<string?>("after")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyType>>>>("surveys").Description("The event's BEFORE and AFTER surveys the caller may see.").ResolveAsync(async c => await Surveys(c));
        Field<NonNullGraphType<ConnectionType<FeedbackType, FeedbackView>>>("feedback")
            .Description("Feedback submitted with this eventId.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .ResolveAsync(async c => await Feedback(c));
        Field<NonNullGraphType<EventScorecardType>>("scorecard")
            .Description("MODERATOR: the event against seed 000's four targets.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await c.Grain<IEventScorecardGrain>(c.Source.Id).Get(c.Actor()));
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Description("The discussion thread of this event: any member who can see the event reads and posts.").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.Event, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PollType>>>>("polls")
            .Description("The event's polls, in the order they were created.")
            .ResolveAsync(async c =>
            {
                var polls = await Task.WhenAll(c.Source.PollIds.Select(id => c.Grain<IPollGrain>(id).Get(c.Actor())));
                return polls.OfType<PollView>().ToList();
            });
    }

    /// <summary>The event's items the caller may see, in the event's order (newest first).</summary>
    private static async Task<Page<FeedbackView>> Feedback(IResolveFieldContext<EventView> context)
    {
        var ids = await context.Grain<IEventFeedbackGrain>(context.Source.Id).List(context.GetArgument<int>("first"), context.GetArgument<string?>("after"));
        var items = await Task.WhenAll(ids.Items.Select(async item => (item.Cursor, View: await context.Grain<IFeedbackGrain>(item.Node).Get(context.Actor()))));
        return new Page<FeedbackView>(
            items.Where(i => i.View is not null).Select(i => new PageItem<FeedbackView>(i.Cursor, i.View!)).ToList(),
            ids.HasNextPage,
            ids.TotalCount);
    }

    private static async Task<List<SurveyView>> Surveys(IResolveFieldContext<EventView> context)
    {
        var actor = context.Actor();
        var entries = await context.Grains().Reference<ISurveyIndexGrain>(ISurveyIndexGrain.KeyFor(actor.CommunityId, SurveyAudience.Community)).Entries();
        var surveys = await Task.WhenAll(entries.Where(e => e.Audience.EventId == context.Source.Id).Select(e => context.Grain<ISurveyGrain>(e.SurveyId).Get(actor)));
        return surveys.OfType<SurveyView>().ToList();
    }

    private static IEventGrain Grain(IResolveFieldContext<EventView> context) => context.Grain<IEventGrain>(context.Source.Id);
}
