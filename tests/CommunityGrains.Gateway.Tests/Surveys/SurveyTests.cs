using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Surveys;

[Collection(HostCollection.Name)]
public sealed class SurveyTests(TestHost host)
{
    public const string Fields = "id kind title status phase event { id } questions { id kind text options required } responses answeredByMe";
    public const string Results = "results { questions { question { id kind } answers nps promoters passives detractors mean optionCounts textAnswers } }";

    [Fact]
    public async Task An_nps_survey_counts_promoters_passives_and_detractors_exactly()
    {
        var steps = await EventSteps.Start(host);
        var surveyId = await Create(steps.Moderator, new { kind = "NPS", title = "How was it?" });
        int[] scores = [10, 9, 9, 8, 7, 6, 0, 10, 3, 5];
        for (var i = 0; i < scores.Length; i++)
        {
            (await Answer(await steps.Community.Member($"r{i}"), surveyId, new { questionId = "1", score = scores[i] })).EnsureSuccess();
        }

        var read = (await Read(steps.Moderator, surveyId, Results)).EnsureSuccess();

        var nps = read.Get("survey.results.questions.0");
        Assert.Equal(("NPS", 10), (read.Get("survey.questions.0.kind").GetString(), read.Get("survey.responses").GetInt32()));
        Assert.Equal((4, 2, 4), (nps.GetProperty("promoters").GetInt32(), nps.GetProperty("passives").GetInt32(), nps.GetProperty("detractors").GetInt32()));
        Assert.Equal(0.0, nps.GetProperty("nps").GetDouble());
        Assert.Equal(6.7, nps.GetProperty("mean").GetDouble(), 6);
        Assert.DoesNotContain("\"r0\"", read.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_answers_once_gets_points_once_and_a_second_answer_is_a_conflict()
    {
        var steps = await EventSteps.Start(host);
        var surveyId = await Create(steps.Moderator, new { kind = "NPS", title = "Quick one" });
        var ann = await steps.Community.Member("ann");

        var first = (await Answer(ann, surveyId, new { questionId = "1", score = 9 })).EnsureSuccess();
        var second = await Answer(ann, surveyId, new { questionId = "1", score = 2 });

        Assert.True(first.Get("answerSurvey.answeredByMe").GetBoolean());
        Assert.Contains("already answered", second.ExpectError(ErrorCodes.Conflict));
        Assert.Equal(3, await EventSteps.Points(ann));
        Assert.Equal(1, (await Read(steps.Moderator, surveyId)).EnsureSuccess().Get("survey.responses").GetInt32());
    }

    [Fact]
    public async Task Concurrent_answers_are_all_counted_and_the_same_member_racing_twice_counts_once()
    {
        var steps = await EventSteps.Start(host);
        var surveyId = await Create(steps.Moderator, new { kind = "NPS", title = "Rush" });
        var members = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => steps.Community.Member($"m{i:00}")));

        var answers = await Task.WhenAll(members.Concat(members.Take(10)).Select((m, i) => Answer(m, surveyId, new { questionId = "1", score = i % 11 })));

        Assert.Equal(60, answers.Count(a => a.Errors.Count == 0));
        Assert.Equal(10, answers.Count(a => a.ErrorCodes.Contains(ErrorCodes.Conflict)));
        var read = (await Read(steps.Moderator, surveyId, Results)).EnsureSuccess();
        Assert.Equal((60, 60), (read.Get("survey.responses").GetInt32(), read.Get("survey.results.questions.0.answers").GetInt32()));
    }

    [Fact]
    public async Task Custom_questions_aggregate_per_question_and_texts_are_listed_newest_first_without_names()
    {
        var steps = await EventSteps.Start(host);
        var surveyId = await Create(steps.Moderator, new
        {
            kind = "CUSTOM",
            title = "Tell us more",
            questions = new object[]
            {
                new { kind = "RATING", text = "The venue" },
                new { kind = "SINGLE_CHOICE", text = "Best part", options = new[] { "Wall", "Vote", "Q&A" } },
                new { kind = "MULTIPLE_CHOICE", text = "Again?", options = new[] { "Yes", "Online", "Later" }, required = false },
                new { kind = "TEXT", text = "Anything else?", required = false },
            },
        });
        var answers = new[]
        {
            new object[] { new { questionId = "1", score = 5 }, new { questionId = "2", choices = new[] { 1 } }, new { questionId = "3", choices = new[] { 0, 1 } }, new { questionId = "4", text = "Loved it" } },
            new object[] { new { questionId = "1", score = 2 }, new { questionId = "2", choices = new[] { 1 } }, new { questionId = "4", text = "Too loud" } },
            new object[] { new { questionId = "1", score = 4 }, new { questionId = "2", choices = new[] { 2 } }, new { questionId = "3", choices = new[] { 1 } } },
        };
        for (var i = 0; i < answers.Length; i++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(1));
            (await Answer(await steps.Community.Member($"a{i}"), surveyId, answers[i])).EnsureSuccess();
        }

        var results = (await Read(steps.Moderator, surveyId, Results)).EnsureSuccess().Get("survey.results.questions").EnumerateArray().ToList();
        var firstText = (await Texts(steps.Moderator, surveyId, first: 1)).EnsureSuccess();
        var restText = (await Texts(steps.Moderator, surveyId, after: firstText.Get("surveyTextAnswers.pageInfo.endCursor").GetString())).EnsureSuccess();

        Assert.Equal(11.0 / 3, results[0].GetProperty("mean").GetDouble(), 6);
        Assert.Equal([0, 2, 1], results[1].GetProperty("optionCounts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal([1, 2, 0], results[2].GetProperty("optionCounts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal((2, 2), (results[3].GetProperty("answers").GetInt32(), results[3].GetProperty("textAnswers").GetInt32()));
        Assert.Equal(["Too loud"], firstText.Get("surveyTextAnswers.nodes").EnumerateArray().Select(n => n.GetString()));
        Assert.True(firstText.Get("surveyTextAnswers.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(["Loved it"], restText.Get("surveyTextAnswers.nodes").EnumerateArray().Select(n => n.GetString()));
        (await Texts(await steps.Community.Member("nosy"), surveyId)).ExpectError(ErrorCodes.Forbidden);
        (await Read(await steps.Community.Member("nosy2"), surveyId, Results)).ExpectError(ErrorCodes.Forbidden);
    }

    [Theory]
    [InlineData("NPS 11", "input.answers[0].score")]
    [InlineData("NPS -1", "input.answers[0].score")]
    [InlineData("choice 3", "input.answers[1].choices")]
    [InlineData("two choices", "input.answers[1].choices")]
    [InlineData("unknown question", "input.answers[2].questionId")]
    [InlineData("missing required", "input.answers")]
    public async Task Bad_answers_are_refused_naming_the_field_and_nothing_is_counted(string what, string field)
    {
        var steps = await EventSteps.Start(host);
        var surveyId = await Create(steps.Moderator, new
        {
            kind = "CUSTOM",
            title = "Checks",
            questions = new object[] { new { kind = "NPS", text = "Recommend?" }, new { kind = "SINGLE_CHOICE", text = "Pick", options = new[] { "A", "B", "C" } } },
        });
        var ann = await steps.Community.Member("ann");
        object[] answers = what switch
        {
            "NPS 11" => [new { questionId = "1", score = 11 }, new { questionId = "2", choices = new[] { 0 } }],
            "NPS -1" => [new { questionId = "1", score = -1 }, new { questionId = "2", choices = new[] { 0 } }],
            "choice 3" => [new { questionId = "1", score = 5 }, new { questionId = "2", choices = new[] { 3 } }],
            "two choices" => [new { questionId = "1", score = 5 }, new { questionId = "2", choices = new[] { 0, 1 } }],
            "unknown question" => [new { questionId = "1", score = 5 }, new { questionId = "2", choices = new[] { 0 } }, new { questionId = "7", score = 1 }],
            _ => [new { questionId = "1", score = 5 }],
        };

        Assert.StartsWith(field, (await Answer(ann, surveyId, answers)).ExpectError(ErrorCodes.BadUserInput));

        Assert.Equal(0, (await Read(steps.Moderator, surveyId)).EnsureSuccess().Get("survey.responses").GetInt32());
        Assert.Equal(0, await EventSteps.Points(ann));
    }

    [Fact]
    public async Task Bad_surveys_are_refused_naming_the_field()
    {
        var steps = await EventSteps.Start(host);

        Assert.StartsWith("input.questions", (await CreateRaw(steps.Moderator, new { kind = "CUSTOM", title = "Empty" })).ExpectError(ErrorCodes.BadUserInput));
        Assert.StartsWith("input.questions[0].options", (await CreateRaw(steps.Moderator, new { kind = "CUSTOM", title = "One", questions = new[] { new { kind = "SINGLE_CHOICE", text = "Pick", options = new[] { "A" } } } })).ExpectError(ErrorCodes.BadUserInput));
        Assert.StartsWith("input.title", (await CreateRaw(steps.Moderator, new { kind = "NPS", title = " " })).ExpectError(ErrorCodes.BadUserInput));
        Assert.StartsWith("input.phase", (await CreateRaw(steps.Moderator, new { kind = "NPS", title = "Event", eventId = await steps.Event() })).ExpectError(ErrorCodes.BadUserInput));
        Assert.StartsWith("input.eventId", (await CreateRaw(steps.Moderator, new { kind = "NPS", title = "Event", eventId = "nope", phase = "BEFORE" })).ExpectError(ErrorCodes.NotFound));
    }

    [Fact]
    public async Task My_surveys_lists_open_surveys_i_have_not_answered_and_event_surveys_only_for_its_registrants()
    {
        var steps = await EventSteps.Start(host);
        var eventId = await steps.Event();
        var ann = await steps.Community.Member("ann");
        var ben = await steps.Community.Member("ben");
        (await steps.Register(ann, eventId)).EnsureSuccess();
        var community = await Create(steps.Moderator, new { kind = "NPS", title = "Community" });
        var answered = await Create(steps.Moderator, new { kind = "NPS", title = "Answered" });
        var closed = await Create(steps.Moderator, new { kind = "NPS", title = "Closed" });
        var before = await Create(steps.Moderator, new { kind = "NPS", title = "Before", eventId, phase = "BEFORE" });
        (await Answer(ann, answered, new { questionId = "1", score = 8 })).EnsureSuccess();
        (await steps.Moderator.Send("mutation($id: ID!) { closeSurvey(surveyId: $id) { status } }", new { id = closed })).EnsureSuccess();

        var annSurveys = (await ann.Send("{ mySurveys { id } }")).EnsureSuccess();
        var benSurveys = (await ben.Send("{ mySurveys { id } }")).EnsureSuccess();
        var eventSurveys = (await steps.Read(ann, eventId)).EnsureSuccess();

        Assert.Equal([community, before], Ids(annSurveys));
        Assert.Equal([community, answered], Ids(benSurveys));
        Assert.Contains("registered", (await Answer(ben, before, new { questionId = "1", score = 8 })).ExpectError(ErrorCodes.Forbidden));
        Assert.Contains("CLOSED", (await Answer(ben, closed, new { questionId = "1", score = 8 })).ExpectError(ErrorCodes.BadUserInput));
        var listed = (await ann.Send("query($id: ID!) { event(id: $id) { surveys { id phase event { id } } } }", new { id = eventId })).EnsureSuccess();
        Assert.Equal((before, "BEFORE", eventId), (listed.Get("event.surveys.0.id").GetString(), listed.Get("event.surveys.0.phase").GetString(), listed.Get("event.surveys.0.event.id").GetString()));
        Assert.Equal(JsonValueKind.Object, eventSurveys.Get("event").ValueKind);
    }

    public static async Task<string> Create(GraphQLClient who, object input) =>
        (await CreateRaw(who, input)).EnsureSuccess().Get("createSurvey.id").GetString()!;

    public static Task<GraphQLResponse> CreateRaw(GraphQLClient who, object input) =>
        who.Send($"mutation($input: CreateSurveyInput!) {{ createSurvey(input: $input) {{ {Fields} }} }}", new { input });

    public static Task<GraphQLResponse> Answer(GraphQLClient who, string surveyId, params object[] answers) =>
        who.Send($"mutation($input: AnswerSurveyInput!) {{ answerSurvey(input: $input) {{ {Fields} }} }}", new { input = new { surveyId, answers } });

    public static Task<GraphQLResponse> Read(GraphQLClient who, string surveyId, string extra = "") =>
        who.Send($"query($id: ID!) {{ survey(id: $id) {{ {Fields} {extra} }} }}", new { id = surveyId });

    private static Task<GraphQLResponse> Texts(GraphQLClient who, string surveyId, int first = 20, string? after = null) =>
        who.Send("query($id: ID!, $first: Int, $after: String) { surveyTextAnswers(surveyId: $id, questionId: \"4\", first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes } }", new { id = surveyId, first, after });

    private static List<string> Ids(GraphQLResponse response) =>
        response.Get("mySurveys").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
}
