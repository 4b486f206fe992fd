using System.Globalization;
using System.Text;

namespace CommunityGrains.Domain.StudyGroups;

/// <summary>
/// The words a goal is matched by. English (and any spaced script) splits into lower-case words; Chinese, Japanese
/// and Korean have no spaces, so a run of their characters gives its overlapping pairs ("日语考试" gives 日语, 语考,
/// 考试), which match the two-character words most goals use, and a lone character gives itself.
/// </summary>
public static class GoalTerms
{
    /// <summary>Too common to tell one goal from another.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    };

    public static IReadOnlySet<string> Of(IEnumerable<string?> texts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (text is not null)
            {
                Add(text, terms);
            }
        }

        return terms;
    }

    public static IReadOnlySet<string> Of(params string?[] texts) => Of((IEnumerable<string?>)texts);

    private static void Add(string text, HashSet<string> terms)
    {
        var word = new StringBuilder();
        var cjk = new List<string>();
        foreach (var element in EnumerateElements(text))
        {
            if (IsCjk(element))
            {
                AddWord(word, terms);
                cjk.Add(element);
            }
            else if (element.Length > 0 && char.IsLetterOrDigit(element, 0))
            {
                AddRun(cjk, terms);
                word.Append(element.ToLowerInvariant());
            }
            else
            {
                AddWord(word, terms);
                AddRun(cjk, terms);
            }
        }

        AddWord(word, terms);
        AddRun(cjk, terms);
    }

    private static IEnumerable<string> EnumerateElements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormKC));
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

    private static void AddWord(StringBuilder word, HashSet<string> terms)
    {
        if (word.Length > 0)
        {
            var value = word.ToString();
            if (!StopWords.Contains(value))
            {
                terms.Add(value);
            }

            word.Clear();
        }
    }

    private static void AddRun(List<string> run, HashSet<string> terms)
    {
        if (run.Count == 1)
        {
            terms.Add(run[0]);
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            terms.Add(run[i] + run[i + 1]);
        }

        run.Clear();
    }

    private static bool IsCjk(string element)
    {
        var code = char.ConvertToUtf32(element, 0);
        return code is (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0x3400 and <= 0x4DBF) // extension A
            or (>= 0x20000 and <= 0x2EBEF) // extensions B..F
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0x3040 and <= 0x30FF) // hiragana, katakana
            or (>= 0xAC00 and <= 0xD7AF); // hangul syllables
    }
}
