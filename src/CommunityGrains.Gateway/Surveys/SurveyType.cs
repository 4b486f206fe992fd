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
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the survey.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<SurveyKindType>>("kind").Description("NPS, SATISFACTION or CUSTOM.").Resolve(c => c.Source.Kind);
        Field(x => x.Title).Description("Short title, at most 200 characters.");
        Field<NonNullGraphType<SurveyStatusType>>("status").Description("OPEN or CLOSED.").Resolve(c => c.Source.Status);
        Field<EventType>("event")
            .Description("The event the survey is for; null for other surveys.")
            .ResolveAsync(async c => c.Source.Audience.EventId is { } id ? await c.Grain<IEventGrain>(id).Get(c.Actor()) : null);
        Field<SurveyPhaseType>("phase").Description("BEFORE or AFTER for an event survey; null otherwise.").Resolve(c => c.Source.Audience.Phase);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyQuestionType>>>>("questions").Description("The questions, in order.").Resolve(c => c.Source.Questions);
        Field(x => x.Responses).Description("Members who have answered.");
        Field<NonNullGraphType<BooleanGraphType>>("answeredByMe")
            .Description("True when the caller has answered.")
            .ResolveAsync(async c => await c.Grain<ISurveyGrain>(c.Source.Id).AnsweredBy(c.Actor()));
        Field<NonNullGraphType<SurveyResultsType>>("results")
            .Description("MODERATOR: aggregated results; individual answers are never exposed with the member who gave them.")
            .ResolveAsync(async c => await c.Grain<ISurveyGrain>(c.Source.Id).Results(c.Actor()));
    }
}
