using System.Text;
using System.Text.Json;

namespace CommunityGrains.Domain.Feedback;

/// <summary>
/// Guesses a category from the text with weighted keywords kept as data (<c>feedback-keywords.json</c>), so the
/// vocabulary can be improved without touching code. English keywords match whole words ("fee" does not match
/// "feel"); a trailing <c>*</c> matches any ending ("crash*" matches "crashes"), and phrases match word sequences.
/// Chinese is written without spaces, so its keywords match as character sequences anywhere in the text.
/// Each keyword counts once; the category with the highest total wins, ties going to the earlier category in
/// the data's order, and text that matches nothing is OTHER.
/// </summary>
public sealed class FeedbackClassifier
{
    public const string ResourceName = "CommunityGrains.Domain.Feedback.feedback-keywords.json";

    private static readonly Lazy<FeedbackClassifier> Embedded = new(LoadEmbedded);

    private readonly IReadOnlyList<CategoryRules> _rules;

    private FeedbackClassifier(IReadOnlyList<CategoryRules> rules) => _rules = rules;

    /// <summary>The classifier with the vocabulary shipped in this assembly.</summary>
    public static FeedbackClassifier Default => Embedded.Value;

    public static FeedbackClassifier FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var rules = new List<CategoryRules>();
        foreach (var category in document.RootElement.GetProperty("categories").EnumerateObject())
        {
            var words = new List<Keyword>();
            foreach (var language in category.Value.EnumerateObject())
            {
                var spaced = language.Name != "zh";
                words.AddRange(language.Value.EnumerateObject().Select(k => Keyword.Parse(k.Name, k.Value.GetDouble(), spaced)));
            }

            rules.Add(new CategoryRules(Enum.Parse<FeedbackCategory>(category.Name, ignoreCase: true), words));
        }

        return new FeedbackClassifier(rules);
    }

    public FeedbackCategory Classify(string text) => Scores(text)
        .Where(s => s.Score > 0)
        .Select(s => (FeedbackCategory?)s.Category)
        .FirstOrDefault() ?? FeedbackCategory.Other;

    /// <summary>Every category's score, highest first (ties in the data's order).</summary>
    public IReadOnlyList<(FeedbackCategory Category, double Score)> Scores(string text)
    {
        var normalized = Normalize(text);
        var words = " " + string.Join(' ', Words(normalized)) + " ";
        return _rules
            .Select(r => (r.Category, Score: r.Keywords.Where(k => k.Matches(normalized, words)).Sum(k => k.Weight)))
            .OrderByDescending(s => s.Score)
            .ToList();
    }

    private static FeedbackClassifier LoadEmbedded()
    {
        using var stream = typeof(FeedbackClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FromJson(reader.ReadToEnd());
    }

    /// <summary>Lower case, full-width letters folded to ASCII, and typographic apostrophes made plain.</summary>
    private static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');

    private static IEnumerable<string> Words(string normalized)
    {
        var word = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '\'')
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private sealed record CategoryRules(FeedbackCategory Category, IReadOnlyList<Keyword> Keywords);

    private sealed record Keyword(string Pattern, double Weight, bool Spaced)
    {
        public static Keyword Parse(string raw, double weight, bool spaced)
        {
            var text = Normalize(raw.Trim());
            if (!spaced)
            {
                return new Keyword(text, weight, false);
            }

            // " word " for a whole word, " stem" for a stem: matched against the text's words joined by single spaces.
            var prefix = text.EndsWith('*');
            var phrase = string.Join(' ', Words(prefix ? text[..^1] : text));
            return new Keyword(" " + phrase + (prefix ? "" : " "), weight, true);
        }

        public bool Matches(string normalized, string words) =>
            Spaced ? words.Contains(Pattern, StringComparison.Ordinal) : normalized.Contains(Pattern, StringComparison.Ordinal);
    }
}
