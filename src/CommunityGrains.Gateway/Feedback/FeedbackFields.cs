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
                    input.Channel, input.Body, input.Anonymous, input.EventId is null ? null : GatewayIds.Check(input.EventId, "input.eventId")));
            });

        mutation.Field<NonNullGraphType<FeedbackType>>("triageFeedback")
            .Description("MODERATOR: sets category, priority and optionally an assignee; the item becomes TRIAGED.")
            .Argument<NonNullGraphType<TriageFeedbackInputType>>("input", "The triage.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TriageFeedbackInput>("input");
                return await Item(c, input.FeedbackId, "input.feedbackId").Triage(c.Actor(), new TriageFeedback(input.Category, input.Priority, input.AssigneeId));
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
