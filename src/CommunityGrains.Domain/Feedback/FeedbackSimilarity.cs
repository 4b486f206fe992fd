using System.Globalization;
using System.Text;

namespace CommunityGrains.Domain.Feedback;

/// <summary>
/// Text similarity by character trigrams (Dice coefficient over the sets of trigrams of the normalised text). Works
/// the same for Chinese, which has no spaces, and English, with no dictionary and no external service.
/// </summary>
public static class FeedbackSimilarity
{
    /// <summary>Below this, two texts are not offered as possible duplicates.</summary>
    public const double Threshold = 0.3;

    /// <summary>Only the start of a long text is compared: enough to recognise the same complaint, cheap to keep per item.</summary>
    public const int MaxCompared = 300;

    public static IReadOnlySet<string> Grams(string text)
    {
        var normal = Normalise(text);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (normal.Length is > 0 and < 3)
        {
            grams.Add(normal);
        }

        for (var i = 0; i + 3 <= normal.Length; i++)
        {
            grams.Add(normal.Substring(i, 3));
        }

        return grams;
    }

    public static double Score(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    public static double Score(string a, string b) => Score(Grams(a), Grams(b));

    /// <summary>Lower case, letters and digits only, single spaces; the first <see cref="MaxCompared"/> characters.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxCompared));
        var space = false;
        foreach (var c in text.ToLower(CultureInfo.InvariantCulture))
        {
            if (builder.Length >= MaxCompared)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
