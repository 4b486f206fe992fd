using System.Globalization;
using CommunityGrains.Domain.Feedback;
using Xunit.Abstractions;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackClassifierTests(ITestOutputHelper output)
{
    private const string LabelledSet = "Feedback/labelled-feedback.tsv";

    [Fact]
    public void The_shipped_vocabulary_classifies_the_labelled_set_with_at_least_90_percent_accuracy()
    {
        var items = Labelled();
        var classifier = FeedbackClassifier.Default;
        var misses = items.Where(i => classifier.Classify(i.Text) != i.Category).ToList();
        var accuracy = (double)(items.Count - misses.Count) / items.Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Feedback classifier accuracy: {accuracy:P1} ({items.Count - misses.Count}/{items.Count})"));
        foreach (var language in items.GroupBy(i => i.Language))
        {
            var right = language.Count(i => classifier.Classify(i.Text) == i.Category);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {language.Key}: {right}/{language.Count()}"));
        }

        foreach (var miss in misses)
        {
            output.WriteLine($"  missed [{miss.Language}] expected {miss.Category}, got {classifier.Classify(miss.Text)}: {miss.Text}");
        }

        Assert.True(accuracy >= 0.90, $"accuracy {accuracy:P1} is below 90%");
    }

    [Fact]
    public void The_labelled_set_covers_every_category_in_both_languages()
    {
        var items = Labelled();
        Assert.True(items.Count >= 60);
        foreach (var category in Enum.GetValues<FeedbackCategory>())
        {
            Assert.True(items.Count(i => i.Category == category && i.Language == "en") >= 5, $"{category} en");
            Assert.True(items.Count(i => i.Category == category && i.Language == "zh") >= 5, $"{category} zh");
        }
    }

    [Fact]
    public void English_keywords_match_whole_words_unless_marked_as_stems()
    {
        var classifier = FeedbackClassifier.FromJson("""
            { "categories": { "PRICING": { "en": { "fee": 1 } }, "BUG": { "en": { "crash*": 1 } } } }
            """);

        Assert.Equal(FeedbackCategory.Pricing, classifier.Classify("The fee is high"));
        Assert.Equal(FeedbackCategory.Other, classifier.Classify("I feel welcome here"));
        Assert.Equal(FeedbackCategory.Bug, classifier.Classify("It CRASHED twice"));
    }

    [Fact]
    public void Chinese_keywords_match_inside_text_without_spaces()
    {
        var classifier = FeedbackClassifier.FromJson("""
            { "categories": { "BUG": { "zh": { "闪退": 1 } }, "PRICING": { "zh": { "价格": 1 } } } }
            """);

        Assert.Equal(FeedbackCategory.Bug, classifier.Classify("昨天晚上打开就闪退了"));
        Assert.Equal(FeedbackCategory.Pricing, classifier.Classify("课程价格偏高"));
    }

    [Fact]
    public void Phrases_match_across_punctuation_and_case()
    {
        var classifier = FeedbackClassifier.FromJson("""
            { "categories": { "SERVICE": { "en": { "customer service": 1 } } } }
            """);

        Assert.Equal(FeedbackCategory.Service, classifier.Classify("Customer   Service, again!"));
    }

    [Fact]
    public void The_heavier_category_wins_and_ties_go_to_the_earlier_one()
    {
        var classifier = FeedbackClassifier.FromJson("""
            { "categories": { "BUG": { "en": { "error": 1 } }, "PRICING": { "en": { "price": 1, "refund": 1 } } } }
            """);

        Assert.Equal(FeedbackCategory.Pricing, classifier.Classify("an error in the price, I want a refund"));
        Assert.Equal(FeedbackCategory.Bug, classifier.Classify("an error in the price"));
    }

    [Fact]
    public void Text_that_matches_nothing_is_other()
    {
        Assert.Equal(FeedbackCategory.Other, FeedbackClassifier.Default.Classify("Hello there."));
        Assert.Equal(FeedbackCategory.Other, FeedbackClassifier.Default.Classify("你好。"));
    }

    private static List<LabelledItem> Labelled() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, LabelledSet))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(parts => new LabelledItem(Enum.Parse<FeedbackCategory>(parts[0], ignoreCase: true), parts[1], parts[2]))
        .ToList();

    private sealed record LabelledItem(FeedbackCategory Category, string Language, string Text);
}
