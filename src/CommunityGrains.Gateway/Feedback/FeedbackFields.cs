using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackFields : IQueryFields, IMutationFields, ICommunityStatsFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<FeedbackType>("feedback")
            .Description("Moderators see every item; a member sees their own items given under their name and publicly resolved ones.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The feedback item's id.")
            .ResolveAsync(async c => await Item(c, c.GetArgument<string>("id")).Get(c.Actor()));

        query.Field<NonNullGraphType<ConnectionType<FeedbackType, FeedbackView>>>("feedbackItems")
            .Description("Moderators see every item; a member sees the items they submitted under their name. The category filter matches the triaged category, or the suggested one before triage.")
            .Argument<FeedbackStatusType>("status", "Only items in this status; all when omitted.")
            .Argument<FeedbackCategoryType>("category", "Only items in this category; all when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .ResolveAsync(async c => await Listing(c).Items(
                c.Actor(),
                c.GetArgument<FeedbackStatus?>("status"),
                c.GetArgument<FeedbackCategory?>("category"),
                c.GetArgument<int>("first"),
                c.GetArgument<string?>("after")));

        query.Field<NonNullGraphType<ConnectionType<FeedbackType, FeedbackView>>>("feedbackQueue")
            .Description("Adds filters and sort orders to feedbackItems; assignedToMe lists the caller's queue (for assignees who are not moderators too). A page asks a fixed number of index shards, however many months the community has.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page (of the same sort); the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<FeedbackStatusType>("status", "Only items in this status.")
            .Argument<FeedbackCategoryType>("category", "Only items in this category (triaged, else suggested).")
            .Argument<FeedbackChannelType>("channel", "Only items that came in through this channel.")
            .Argument<FeedbackKindType>("type", "Only items of this type.")
            .Argument<FeedbackPriorityType>("priority", "Only items triaged with this priority.")
            .Argument<FeedbackRiskType>("risk", "Only items that stand so against their due date now.")
            .Argument<BooleanGraphType>("assignedToMe", "Only the items assigned to the caller.", a => a.DefaultValue = false)
            .Argument<FeedbackSortType>("sort", "The order.", a => a.DefaultValue = FeedbackSort.Newest)
            .ResolveAsync(async c => await Listing(c).Queue(c.Actor(), new FeedbackQueueRequest
            {
                After = c.GetArgument<string?>("after"),
                First = c.GetArgument<int>("first"),
                Status = c.GetArgument<FeedbackStatus?>("status"),
                Category = c.GetArgument<FeedbackCategory?>("category"),
                Channel = c.GetArgument<FeedbackChannel?>("channel"),
                Kind = c.GetArgument<FeedbackKind?>("type"),
                Priority = c.GetArgument<FeedbackPriority?>("priority"),
                Risk = c.GetArgument<FeedbackRisk?>("risk"),
                AssignedToMe = c.GetArgument<bool>("assignedToMe"),
                Sort = c.GetArgument<FeedbackSort>("sort"),
            }));

        query.Field<NonNullGraphType<FeedbackReportType>>("feedbackReport")
            .Description("MODERATOR: the loop's health for a period (default: the last 30 days; at most 366 days).")
            .Argument<UtcDateTimeGraphType>("from", "Start of the period; 30 days before to when omitted.")
            .Argument<UtcDateTimeGraphType>("to", "End of the period; now when omitted.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Listing(c).Report(c.Actor(), c.GetArgument<DateTimeOffset?>("from"), c.GetArgument<DateTimeOffset?>("to")));

        query.Field<NonNullGraphType<ConnectionType<FeedbackType, FeedbackView>>>("feedbackBoard")
            .Description("Resolved, public feedback with what was changed: the public board.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .ResolveAsync(async c => await Listing(c).Board(c.Actor(), c.GetArgument<int>("first"), c.GetArgument<string?>("after")));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FeedbackType>>("submitFeedback")
            .Description("Any member: submits feedback, under their name or anonymously. Idempotent with input.id.")
            .Argument<NonNullGraphType<SubmitFeedbackInputType>>("input", "The feedback.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SubmitFeedbackInput>("input");

                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await Item(c, id).Submit(c.Actor(), new SubmitFeedback(
                    input.Channel,
                    input.Body,
                    input.Anonymous,
                    input.EventId is null ? null : GatewayIds.Check(input.EventId, "input.eventId"),
                    input.Type,
                    input.Contact,
                    input.OnBehalfOf is null ? null : GatewayIds.Check(input.OnBehalfOf, "input.onBehalfOf"),
                    input.ForNobody));
            });

        mutation.Field<NonNullGraphType<FeedbackType>>("triageFeedback")
            .Description("MODERATOR: sets category, priority and optionally an assignee; the item becomes TRIAGED.")
            .Argument<NonNullGraphType<TriageFeedbackInputType>>("input", "The triage.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TriageFeedbackInput>("input");
                return await Item(c, input.FeedbackId, "input.feedbackId").Triage(c.Actor(), new TriageFeedback(input.Category, input.Priority, input.AssigneeId, input.Type, input.DueAt));
            });

        mutation.Field<NonNullGraphType<FeedbackType>>("replyToFeedback")
            .Description("MODERATOR or the assignee; the first reply moves the item to IN_PROGRESS.")
            .Argument<NonNullGraphType<ReplyToFeedbackInputType>>("input", "The reply.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReplyToFeedbackInput>("input");
                return await Item(c, input.FeedbackId, "input.feedbackId").Reply(c.Actor(), input.Reply);
            });

        mutation.Field<NonNullGraphType<FeedbackType>>("resolveFeedback")
            .Description("MODERATOR or the assignee: resolves the item with what was changed (RESOLVED).")
            .Argument<NonNullGraphType<ResolveFeedbackInputType>>("input", "The resolution.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ResolveFeedbackInput>("input");
                return await Item(c, input.FeedbackId, "input.feedbackId").Resolve(c.Actor(), input.Resolution, input.Public);
            });

        mutation.Field<NonNullGraphType<FeedbackType>>("addFeedbackNote")
            .Description("MODERATOR or assignee: a staff-only note in the history.")
            .Argument<NonNullGraphType<IdGraphType>>("feedbackId", "The item.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The note, 1..5000 characters.")
            .ResolveAsync(async c => await Item(c, c.GetArgument<string>("feedbackId"), "feedbackId").AddNote(c.Actor(), c.GetArgument<string>("text")));

        mutation.Field<NonNullGraphType<FeedbackType>>("mergeFeedback")
            .Description("MODERATOR: closes duplicateId as a duplicate of feedbackId; reporters add up; the duplicate's author follows the original.")
            .Argument<NonNullGraphType<IdGraphType>>("feedbackId", "The item that carries on.")
            .Argument<NonNullGraphType<IdGraphType>>("duplicateId", "The open item closed as its duplicate.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Item(c, c.GetArgument<string>("feedbackId"), "feedbackId")
                .Merge(c.Actor(), GatewayIds.Check(c.GetArgument<string>("duplicateId"), "duplicateId")));

        mutation.Field<NonNullGraphType<FeedbackType>>("reportSameFeedback")
            .Description("A member says 'me too' on a public or own item: reporters + 1, once per member.")
            .Argument<NonNullGraphType<IdGraphType>>("feedbackId", "The item.")
            .ResolveAsync(async c => await Item(c, c.GetArgument<string>("feedbackId"), "feedbackId").ReportSame(c.Actor()));

        mutation.Field<NonNullGraphType<FeedbackType>>("linkFeedbackToProposal")
            .Description("MODERATOR: links feedback to the proposal it led to (evidence of demand shows on the proposal).")
            .Argument<NonNullGraphType<IdGraphType>>("feedbackId", "The item.")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId", "The proposal it led to.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Item(c, c.GetArgument<string>("feedbackId"), "feedbackId")
                .LinkProposal(c.Actor(), GatewayIds.Check(c.GetArgument<string>("proposalId"), "proposalId")));

        mutation.Field<NonNullGraphType<FeedbackType>>("closeFeedback")
            .Description("MODERATOR: ends an item without a resolution (CLOSED).")
            .Argument<NonNullGraphType<IdGraphType>>("feedbackId", "The item to close.")
            .Argument<StringGraphType>("reason", "Why; optional, at most 2000 characters.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Item(c, c.GetArgument<string>("feedbackId"), "feedbackId").Close(c.Actor(), c.GetArgument<string?>("reason")));
    }

    void ICommunityStatsFields.AddTo(ObjectGraphType<CommunityStatsSource> stats)
    {
        stats.Field<NonNullGraphType<FloatGraphType>>("feedbackResolvedWithin30Days")
            .Description("Of the feedback submitted in the last 90 days, the share resolved by its due date (createdAt + the community's target, 30 days by default) among the items resolved or past due; 1.0 when there are none.")
            .ResolveAsync(async c => (await Stats(c)).ResolvedOnTimeRate);
        stats.Field<NonNullGraphType<IntGraphType>>("overdueFeedback")
            .Description("Feedback submitted in the last 90 days that is neither RESOLVED nor CLOSED and past its due date.")
            .ResolveAsync(async c => (await Stats(c)).Overdue);
    }

    private static IFeedbackGrain Item(IResolveFieldContext context, string id, string field = "id") =>
        context.Grains().Reference<IFeedbackGrain>(GrainKeys.Of(context.Actor().CommunityId, GatewayIds.Check(id, field)));

    private static IFeedbackListingGrain Listing(IResolveFieldContext context) =>
        context.Grains().Reference<IFeedbackListingGrain>(context.Actor().CommunityId);

    private static Task<FeedbackStatsView> Stats(IResolveFieldContext<CommunityStatsSource> context) =>
        context.Grains().Reference<IFeedbackListingGrain>(context.Source.CommunityId).Stats();
}
