using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Domain.Surveys;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<SurveyType>("survey")
            .Description("One survey of the token's community; null when there is none with this id or the caller is neither a moderator nor in its audience.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The survey's id.")
            .ResolveAsync(async c => await Survey(c, c.GetArgument<string>("id")).Get(c.Actor()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyType>>>>("mySurveys")
            .Description("Open surveys the caller has not answered yet.")
            .ResolveAsync(async c =>
            {
                var actor = c.Actor();
                var lists = await Task.WhenAll(
                    c.Grains().Reference<ISurveyIndexGrain>(ISurveyIndexGrain.KeyFor(actor.CommunityId, SurveyAudience.Community)).Entries(),
                    c.Grains().Reference<ISurveyIndexGrain>(ISurveyIndexGrain.KeyFor(actor.CommunityId, new SurveyAudience { MemberId = actor.MemberId })).Entries());
                var surveys = await Task.WhenAll(lists.SelectMany(l => l)
                    .Where(e => e.Status == SurveyStatus.Open)
                    .Select(async e =>
                    {
                        var grain = Survey(c, e.SurveyId);
                        var view = await grain.Get(actor);
                        return view is { Status: SurveyStatus.Open } && !await grain.AnsweredBy(actor) ? view : null;
                    }));
                return surveys.OfType<SurveyView>().ToList();
            });

        query.Field<NonNullGraphType<StringConnectionType>>("surveyTextAnswers")
            .Description("MODERATOR: the texts of one TEXT question, newest first, without who wrote them.")
            .Argument<NonNullGraphType<IdGraphType>>("surveyId", "The survey.")
            .Argument<NonNullGraphType<IdGraphType>>("questionId", "A TEXT question of the survey.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Survey(c, c.GetArgument<string>("surveyId"), "surveyId")
                .TextAnswers(c.Actor(), c.GetArgument<string>("questionId"), c.GetArgument<int>("first"), c.GetArgument<string?>("after")));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SurveyType>>("createSurvey")
            .Description("MODERATOR.")
            .Argument<NonNullGraphType<CreateSurveyInputType>>("input", "The survey's audience and questions.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateSurveyInput>("input");
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await Survey(c, id).Create(c.Actor(), new CreateSurvey
                {
                    Kind = input.Kind,
                    Title = input.Title,
                    Questions = input.Questions?.Select(q => new SurveyQuestionView { Id = "", Kind = q.Kind, Text = q.Text, Options = q.Options ?? [], Required = q.Required }).ToList(),
                    ClosesAt = input.ClosesAt,
                    Audience = new SurveyAudience { EventId = input.EventId is null ? null : GatewayIds.Check(input.EventId, "input.eventId"), Phase = input.Phase },
                });
            });

        mutation.Field<NonNullGraphType<SurveyType>>("closeSurvey")
            .Description("MODERATOR: closes an OPEN survey; it takes no more answers.")
            .Argument<NonNullGraphType<IdGraphType>>("surveyId", "The survey to close.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Survey(c, c.GetArgument<string>("surveyId"), "surveyId").Close(c.Actor()));

        mutation.Field<NonNullGraphType<SurveyType>>("answerSurvey")
            .Description("Once per member per survey (a second call is CONFLICT); SURVEY_ANSWERED points once.")
            .Argument<NonNullGraphType<AnswerSurveyInputType>>("input", "The survey and the caller's answers.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AnswerSurveyInput>("input");
                return await Survey(c, input.SurveyId, "input.surveyId").Answer(c.Actor(), input.Answers
                    .Select(a => new SurveyAnswer { QuestionId = a.QuestionId, Score = a.Score, Choices = a.Choices, Text = a.Text })
                    .ToList());
            });
    }

    private static ISurveyGrain Survey(IResolveFieldContext context, string id, string field = "id") => context.Grain<ISurveyGrain>(id, field);
}
