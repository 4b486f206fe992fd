using System.Text;
using System.Text.RegularExpressions;

namespace CommunityGrains.Host.Tests.Deployment;

/// <summary>
/// A .dockerignore read as Docker reads it: each line a pattern on the path relative to the context, with <c>*</c>,
/// <c>?</c> and <c>**</c> (any number of folders, none included), <c>!</c> re-including, the last matching line
/// deciding; a pattern that matches a folder leaves out everything under it.
/// </summary>
public sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exclude)> _rules = [];

    public DockerIgnore(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var exclude = !line.StartsWith('!');
            var pattern = (exclude ? line : line[1..]).Trim().Trim('/');
            _rules.Add((ToRegex(pattern), exclude));
        }
    }

    /// <summary>Whether <paramref name="path"/> (relative, '/'-separated) stays out of the build context.</summary>
    public bool Excludes(string path)
    {
        var excluded = false;
        foreach (var (pattern, exclude) in _rules)
        {
            if (PathAndParents(path).Any(pattern.IsMatch))
            {
                excluded = exclude;
            }
        }

        return excluded;
    }

    private static IEnumerable<string> PathAndParents(string path)
    {
        for (var end = path.Length; end > 0; end = path.LastIndexOf('/', end - 1))
        {
            yield return path[..end];
        }
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(pattern[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
