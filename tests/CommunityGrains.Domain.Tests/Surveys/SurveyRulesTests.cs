using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Domain.Tests.Surveys;

public sealed class SurveyRulesTests
{
    private static readonly IReadOnlyList<SurveyQuestionSpec> Questions = SurveyRules.Questions(SurveyKind.Custom,
    [
        new("", SurveyQuestionKind.Nps, "Recommend?", [], true),
        new("", SurveyQuestionKind.Rating, "Venue?", [], true),
        new("", SurveyQuestionKind.MultipleChoice, "Which?", ["A", "B", "C"], false),
        new("", SurveyQuestionKind.Text, "More?", [], false),
    ]);

    [Fact]
    public void An_nps_survey_without_questions_gets_the_standard_question()
    {
        var questions = SurveyRules.Questions(SurveyKind.Nps, null);

        Assert.Equal(new SurveyQuestionSpec("1", SurveyQuestionKind.Nps, SurveyRules.DefaultNpsQuestion, [], true), questions.Single());
    }

    [Fact]
    public void Questions_are_numbered_by_position()
    {
        Assert.Equal(["1", "2", "3", "4"], Questions.Select(q => q.Id));
    }

    [Theory]
    [InlineData(11, 3, "input.answers[0].score")]
    [InlineData(-1, 3, "input.answers[0].score")]
    [InlineData(5, 0, "input.answers[1].score")]
    [InlineData(5, 6, "input.answers[1].score")]
    public void Scores_out_of_range_are_refused(int nps, int rating, string field)
    {
        var refused = Assert.Throws<InvalidInputException>(() => SurveyRules.Answers(Questions, [new("1", nps, null, null), new("2", rating, null, null)]));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Choices_must_be_option_indexes_and_repeats_are_one()
    {
        var valid = SurveyRules.Answers(Questions, [new("1", 10, null, null), new("2", 4, null, null), new("3", null, [2, 0, 2], null)]);

        Assert.Equal([0, 2], valid[2].Choices!);
        Assert.Throws<InvalidInputException>(() => SurveyRules.Answers(Questions, [new("1", 10, null, null), new("2", 4, null, null), new("3", null, [3], null)]));
    }

    [Fact]
    public void Unknown_repeated_and_missing_required_questions_are_refused()
    {
        Assert.Equal("input.answers[2].questionId", Assert.Throws<InvalidInputException>(() => SurveyRules.Answers(Questions, [new("1", 1, null, null), new("2", 1, null, null), new("9", 1, null, null)])).Field);
        Assert.Equal("input.answers[1].questionId", Assert.Throws<InvalidInputException>(() => SurveyRules.Answers(Questions, [new("1", 1, null, null), new("1", 1, null, null)])).Field);
        Assert.Equal("input.answers", Assert.Throws<InvalidInputException>(() => SurveyRules.Answers(Questions, [new("1", 1, null, null)])).Field);
    }

    [Fact]
    public void A_tally_counts_per_bucket_and_means_scores()
    {
        var tally = new QuestionTally(SurveyQuestionKind.Rating, 0);
        tally.Add(SurveyQuestionKind.Rating, new SurveyAnswerSpec("2", 5, null, null));
        tally.Add(SurveyQuestionKind.Rating, new SurveyAnswerSpec("2", 2, null, null));

        Assert.Equal([0, 1, 0, 0, 1], tally.Buckets);
        Assert.Equal(3.5, tally.Mean(SurveyQuestionKind.Rating));
        Assert.Null(new QuestionTally(SurveyQuestionKind.Text, 0).Mean(SurveyQuestionKind.Text));
    }
}
