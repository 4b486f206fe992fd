using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Surveys;

/// <summary>What a survey may ask and what an answer may say, each refusal naming the field.</summary>
public static class SurveyRules
{
    public const int MaxQuestions = 30;
    public const int MinOptions = 2;
    public const int MaxOptions = 20;
    public const string DefaultNpsQuestion = "How likely are you to recommend us to a friend or colleague?";

    public static IReadOnlyList<SurveyQuestionSpec> Questions(SurveyKind kind, IReadOnlyList<SurveyQuestionSpec>? given)
    {
        if (given is null or { Count: 0 })
        {
            return kind == SurveyKind.Nps
                ? [new SurveyQuestionSpec("1", SurveyQuestionKind.Nps, DefaultNpsQuestion, [], true)]
                : throw new InvalidInputException("input.questions", "must not be empty unless the kind is NPS.");
        }

        if (given.Count > MaxQuestions)
        {
            throw new InvalidInputException("input.questions", $"must have at most {MaxQuestions} questions.");
        }

        return given.Select((q, i) => Question(q, i)).ToList();
    }

    private static SurveyQuestionSpec Question(SurveyQuestionSpec question, int index)
    {
        var field = $"input.questions[{index}]";
        var text = InputLimits.Title(question.Text, field + ".text");
        var choice = question.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice;
        if (!choice && question.Options.Count > 0)
        {
            throw new InvalidInputException(field + ".options", "are only for SINGLE_CHOICE and MULTIPLE_CHOICE questions.");
        }

        if (choice && question.Options.Count is < MinOptions or > MaxOptions)
        {
            throw new InvalidInputException(field + ".options", $"must have between {MinOptions} and {MaxOptions} options.");
        }

        var options = question.Options.Select((o, j) => InputLimits.Title(o, $"{field}.options[{j}]")).ToList();
        return new SurveyQuestionSpec((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), question.Kind, text, options, question.Required);
    }

    /// <summary>The answers checked against the questions: every required one answered, none twice, none unknown, each in range.</summary>
    public static IReadOnlyList<SurveyAnswerSpec> Answers(IReadOnlyList<SurveyQuestionSpec> questions, IReadOnlyList<SurveyAnswerSpec> answers)
    {
        var byId = questions.ToDictionary(q => q.Id);
        var seen = new HashSet<string>();
        var valid = new List<SurveyAnswerSpec>();
        for (var i = 0; i < answers.Count; i++)
        {
            var field = $"input.answers[{i}]";
            var answer = answers[i];
            if (!byId.TryGetValue(answer.QuestionId, out var question))
            {
                throw new InvalidInputException(field + ".questionId", $"'{answer.QuestionId}' is not a question of this survey.");
            }

            if (!seen.Add(question.Id))
            {
                throw new InvalidInputException(field + ".questionId", $"question '{question.Id}' is answered twice.");
            }

            valid.Add(Answer(question, answer, field));
        }

        if (questions.FirstOrDefault(q => q.Required && !seen.Contains(q.Id)) is { } missing)
        {
            throw new InvalidInputException("input.answers", $"question '{missing.Id}' is required.");
        }

        return valid;
    }

    private static SurveyAnswerSpec Answer(SurveyQuestionSpec question, SurveyAnswerSpec answer, string field) => question.Kind switch
    {
        SurveyQuestionKind.Nps => answer with { Score = Score(answer, field, 0, 10), Choices = null, Text = null },
        SurveyQuestionKind.Rating => answer with { Score = Score(answer, field, 1, 5), Choices = null, Text = null },
        SurveyQuestionKind.SingleChoice => answer with { Score = null, Choices = Choices(question, answer, field, single: true), Text = null },
        SurveyQuestionKind.MultipleChoice => answer with { Score = null, Choices = Choices(question, answer, field, single: false), Text = null },
        _ => answer with { Score = null, Choices = null, Text = InputLimits.Text(answer.Text, field + ".text", 1, InputLimits.MaxNoteLength) },
    };

    private static int Score(SurveyAnswerSpec answer, string field, int min, int max) =>
        answer.Score is { } score ? InputLimits.Range(score, field + ".score", min, max) : throw new InvalidInputException(field + ".score", "is required for this question.");

    private static IReadOnlyList<int> Choices(SurveyQuestionSpec question, SurveyAnswerSpec answer, string field, bool single)
    {
        var choices = (answer.Choices ?? []).Distinct().Order().ToList();
        if (choices.Count == 0 || (single && choices.Count != 1))
        {
            throw new InvalidInputException(field + ".choices", single ? "must name exactly one option." : "must name at least one option.");
        }

        if (choices.Any(c => c < 0 || c >= question.Options.Count))
        {
            throw new InvalidInputException(field + ".choices", $"must be option indexes between 0 and {question.Options.Count - 1}.");
        }

        return choices;
    }
}
