using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Questions;
using CommunityGrains.Domain.Questions;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Questions;

public sealed class QuestionFields : IMutationFields, ISubscriptionFields
{
    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<QuestionType>>("askQuestion")
            .Description("Any member: asks a question at an event, optionally anonymously.")
            .Argument<NonNullGraphType<AskQuestionInputType>>("input", "The event and the question.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AskQuestionInput>("input");
                var eventId = GatewayIds.Check(input.EventId, "input.eventId");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await Question(c, eventId, id).Ask(c.Actor(), new AskQuestion { EventId = eventId, Body = input.Body, Anonymous = input.Anonymous });
            });

        mutation.Field<NonNullGraphType<QuestionType>>("toggleQuestionUpvote")
            .Description("Once per member per question; a second call takes the upvote back.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The event the question was asked at.")
            .Argument<NonNullGraphType<IdGraphType>>("questionId", "The question.")
            .ResolveAsync(async c => await Question(c).ToggleUpvote(c.Actor()));

        mutation.Field<NonNullGraphType<QuestionType>>("answerQuestion")
            .Description("MODERATOR or event staff.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The event the question was asked at.")
            .Argument<NonNullGraphType<IdGraphType>>("questionId", "The question.")
            .Argument<NonNullGraphType<StringGraphType>>("answer", "The answer, at most 5000 characters.")
            .ResolveAsync(async c => await Question(c).Answer(c.Actor(), c.GetArgument<string>("answer")));
    }

    void ISubscriptionFields.AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<QuestionType>>("eventQuestions")
            .Description("Pushed when a question is asked, upvoted or answered.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId", "The event to follow; NOT_FOUND when the caller cannot see it.")
            .ResolveStreamAsync(async c =>
            {
                var eventId = GatewayIds.Check(c.GetArgument<string>("eventId"), "eventId");
                _ = await c.Grain<IEventGrain>(eventId).Get(c.Actor())
                    ?? throw DomainException.NotFound($"Event '{eventId}' does not exist.");
                return await c.Notifications<QuestionView>(NotificationTopics.EventQuestions, GrainKeys.Of(c.Actor().CommunityId, eventId));
            });
    }

    /// <summary>An event's questions, for <c>Event.questions</c>.</summary>
    public static async Task<Page<QuestionView>> Of(IResolveFieldContext context, string eventId, QuestionOrder order, int first, string? after)
    {
        var actor = context.Actor();
        var ids = await context.Grains().Reference<IQuestionBoardGrain>(GrainKeys.Of(actor.CommunityId, eventId)).List(order, first, after);
        var questions = await Task.WhenAll(ids.Items.Select(async item =>
            (item.Cursor, View: await context.Grains().Reference<IQuestionGrain>(GrainKeys.Of(actor.CommunityId, eventId, item.Node)).Get(actor))));
        return new Page<QuestionView>(
            questions.Where(q => q.View is not null).Select(q => new PageItem<QuestionView>(q.Cursor, q.View!)).ToList(),
            ids.HasNextPage,
            ids.TotalCount);
    }

    private static IQuestionGrain Question(IResolveFieldContext context) =>
        Question(context, GatewayIds.Check(context.GetArgument<string>("eventId"), "eventId"), GatewayIds.Check(context.GetArgument<string>("questionId"), "questionId"));

    private static IQuestionGrain Question(IResolveFieldContext context, string eventId, string questionId) =>
        context.Grains().Reference<IQuestionGrain>(GrainKeys.Of(context.Actor().CommunityId, eventId, questionId));
}
