using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Surveys;

/// <summary>Key: community/survey. One survey: its questions, its aggregated results and who has answered.</summary>
public interface ISurveyGrain : IGrainWithStringKey
{
    /// <summary>MODERATOR for community and event surveys; a retry with the same id by the same member returns it.</summary>
    Task<SurveyView> Create(Actor actor, CreateSurvey create);

    /// <summary>MODERATOR.</summary>
    Task<SurveyView> Close(Actor actor);

    /// <summary>Once per member (CONFLICT on a second); SURVEY_ANSWERED points once.</summary>
    Task<SurveyView> Answer(Actor actor, IReadOnlyList<SurveyAnswer> answers);

    /// <summary>Null when it does not exist or the actor is not in its audience (moderators see all).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<SurveyView?> Get(Actor actor);

    [Orleans.Concurrency.ReadOnly]
    Task<bool> AnsweredBy(Actor actor);

    /// <summary>MODERATOR: aggregates per question.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<SurveyQuestionResultView>> Results(Actor actor);

    /// <summary>MODERATOR: one TEXT question's answers, newest first, without who wrote them.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<Page<string>> TextAnswers(Actor actor, string questionId, int first, string? after);

    /// <summary>The NPS of its first NPS question, null without answers: for the event scorecard.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<double?> Nps();
}
