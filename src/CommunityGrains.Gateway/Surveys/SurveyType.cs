using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Gateway.Events;
using CommunityGrains.Gateway.Execution;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Surveys;

public sealed class SurveyType : ObjectGraphType<SurveyView>
{
    public SurveyType()
    {
        Name = "Survey";
        Description = "A survey: for a whole community, for one event (phase BEFORE or AFTER), or the follow-up of one resolved feedback item.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<SurveyKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Title);
        Field<NonNullGraphType<SurveyStatusType>>("status").Resolve(c => c.Source.Status);
        Field<EventType>("event")
            .ResolveAsync(async c => c.Source.Audience.EventId is { } id ? await c.Grain<IEventGrain>(id).Get(c.Actor()) : null);
        Field<SurveyPhaseType>("phase").Resolve(c => c.Source.Audience.Phase);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyQuestionType>>>>("questions").Resolve(c => c.Source.Questions);
        Field(x => x.Responses);
        Field<NonNullGraphType<BooleanGraphType>>("answeredByMe")
            .Description("True when the caller has answered.")
            .ResolveAsync(async c => await c.Grain<ISurveyGrain>(c.Source.Id).AnsweredBy(c.Actor()));
        Field<NonNullGraphType<SurveyResultsType>>("results")
            .Description("MODERATOR: aggregated results; individual answers are never exposed with the member who gave them.")
            .ResolveAsync(async c => await c.Grain<ISurveyGrain>(c.Source.Id).Results(c.Actor()));
    }
}
